import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Form, Input } from "antd";
import { repeatedMemberNames, type TChainOwner } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import type { MemberInput } from "../team-members";

/**
 * A 链长's team in its form: one row a member, name and role, added and removed row by row. A
 * member keeps its row, so renaming it keeps its role and linked account (shown, changed in the
 * team list); names must differ, as the API requires.
 */
export const TeamFields = ({ owner }: { owner?: TChainOwner | undefined }) => {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const accountName = (userId: number | undefined) => (userId === undefined ? undefined : owner?.team.find((m) => m.userId === userId)?.account?.displayName);
  return (
    <Form.Item label={t("chains.team.team")} extra={t("chains.team.teamHint")}>
      <Form.List name="team">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => {
              const account = accountName(form.getFieldValue(["team", field.name, "userId"]) as number | undefined);
              return (
                <div key={field.key} style={{ display: "flex", gap: 8, alignItems: "flex-start" }} data-testid="team-member-row">
                  <Form.Item
                    name={[field.name, "name"]}
                    style={{ flex: "1 1 0", marginBottom: 8 }}
                    {...(account ? { extra: t("chains.team.linkedAccount", { name: account }) } : {})}
                    dependencies={fields.filter((f) => f.key !== field.key).map((f) => ["team", f.name, "name"])}
                    rules={[
                      { required: true, whitespace: true, message: t("chains.team.memberNameRequired") },
                      { max: 60 },
                      ({ getFieldValue }) => ({
                        validator: (_, value: string | undefined) =>
                          value && repeatedMemberNames((getFieldValue("team") as MemberInput[] | undefined) ?? []).has(field.name)
                            ? Promise.reject(new Error(t("chains.team.memberNameRepeated", { name: value.trim() })))
                            : Promise.resolve(),
                      }),
                    ]}
                  >
                    <Input placeholder={t("chains.team.memberName")} aria-label={t("chains.team.memberNameN", { n: i + 1 })} />
                  </Form.Item>
                  <Form.Item name={[field.name, "role"]} style={{ flex: "1 1 0", marginBottom: 8 }} rules={[{ required: true, whitespace: true, message: t("chains.team.memberRoleRequired") }, { max: 60 }]}>
                    <Input placeholder={t("chains.team.memberRole")} aria-label={t("chains.team.memberRoleN", { n: i + 1 })} />
                  </Form.Item>
                  {/* Registered, though not shown: a form sends only its fields' values, and the link is the member's. */}
                  <Form.Item name={[field.name, "userId"]} hidden>
                    <Input />
                  </Form.Item>
                  <Button type="text" danger icon={<DeleteOutlined />} aria-label={t("chains.team.removeMemberN", { n: i + 1 })} onClick={() => remove(field.name)} />
                </div>
              );
            })}
            <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ name: "", role: t("chains.team.member") })} disabled={fields.length >= 50}>
              {t("chains.team.addMember")}
            </Button>
          </>
        )}
      </Form.List>
    </Form.Item>
  );
};
