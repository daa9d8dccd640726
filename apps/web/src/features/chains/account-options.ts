import type { TChainOwnerAccount } from "@parkpilot/contracts";
import type { TFunction } from "i18next";

/**
 * The choices of a linked-account select: the accounts the API lists (by name, role and tenant),
 * and the account linked now where it is no longer among them (disabled, or moved), by its name.
 */
export const accountOptions = (items: readonly TChainOwnerAccount[], linked: { id: number; displayName: string } | null | undefined, t: TFunction): { value: number; label: string }[] => {
  const options = items.map((a) => ({ value: a.id, label: t("chains.team.accountOption", { name: a.displayName, role: t(`role.${a.role}`), tenant: a.tenantName }) }));
  if (linked && !options.some((o) => o.value === linked.id)) options.push({ value: linked.id, label: linked.displayName });
  return options;
};
