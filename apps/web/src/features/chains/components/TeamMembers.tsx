import { Button, Typography } from "antd";
import type { TChainOwner } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";

/**
 * A 链长's team in the owners' table: each member with its role and the account it is linked to,
 * and (where the account may change the 链长) a button to link, change or unlink that account.
 */
export const TeamMembers = ({ owner, onLink }: { owner: TChainOwner; onLink?: ((index: number) => void) | undefined }) => {
  const { t } = useTranslation();
  if (owner.team.length === 0) return <>—</>;
  return (
    <>
      {owner.team.map((m, i) => (
        <div key={`${i}-${m.name}`} data-testid="team-member">
          <span data-testid="member-name">{m.name}</span>
          <Typography.Text type="secondary" data-testid="member-role">
            {t("chains.team.memberRoleShown", { role: m.role })}
          </Typography.Text>
          {m.account && (
            <>
              {" · "}
              <Typography.Text type="secondary" data-testid="member-account">
                {t("chains.team.linkedAccount", { name: m.account.displayName })}
              </Typography.Text>
            </>
          )}
          {onLink && (
            <Button type="link" size="small" onClick={() => onLink(i)}>
              {t(m.userId !== undefined ? "chains.team.changeMemberAccount" : "chains.team.linkMemberAccount")}
            </Button>
          )}
        </div>
      ))}
    </>
  );
};
