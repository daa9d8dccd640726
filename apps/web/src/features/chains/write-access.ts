import type { TChainOwner, TMe } from "@parkpilot/contracts";

/**
 * Who may change chain work in the web app, as the API decides it: park and province accounts
 * write their parks' projects, 链长 and tasks; a province-level 链长 (and its tasks) is the
 * province's alone, so a park account reads it without edit or delete buttons.
 */
export const canWriteChains = (me: TMe): boolean => me.role === "province_admin" || me.role === "park_admin";

export const canWriteOwner = (me: TMe, owner: Pick<TChainOwner, "parkId">): boolean => canWriteChains(me) && (owner.parkId !== null || me.scope.kind === "province");
