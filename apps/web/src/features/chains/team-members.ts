import type { TChainOwner, TChainOwnerInput } from "@parkpilot/contracts";

type Member = TChainOwner["team"][number];
export type MemberInput = TChainOwnerInput["team"][number];

/** A member as a write sends it: name, role and linked account (not the account's shown name). */
export const memberInput = (m: MemberInput): MemberInput => ({ name: m.name.trim(), role: m.role.trim(), ...(m.userId !== undefined ? { userId: m.userId } : {}) });

/** The team with member `index` linked to `userId`, or unlinked (null); every other member as it is. */
export const teamWithAccount = (team: readonly Member[], index: number, userId: number | null): MemberInput[] =>
  team.map((m, i) => (i !== index ? memberInput(m) : memberInput({ name: m.name, role: m.role, ...(userId !== null ? { userId } : {}) })));
