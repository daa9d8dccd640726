import type { TChainOwner, TChainOwnerInput } from "@parkpilot/contracts";

type Member = TChainOwner["team"][number];
type MemberInput = TChainOwnerInput["team"][number];

/** A team as the form shows it: the names, separated by 、. */
export const teamText = (team: readonly Member[]): string => team.map((m) => m.name).join("、");

/** A member as a write sends it: name, role and linked account (not the account's shown name). */
export const memberInput = (m: MemberInput): MemberInput => ({ name: m.name, role: m.role, ...(m.userId !== undefined ? { userId: m.userId } : {}) });

/**
 * The team typed as names (separated by commas, 、 or new lines). A member already in the team
 * keeps its role and linked account; a new one gets `role`.
 */
export const parseTeam = (text: string | undefined, previous: readonly Member[], role: string): MemberInput[] =>
  [
    ...new Set(
      (text ?? "")
        .split(/[,，、\n]/)
        .map((x) => x.trim())
        .filter(Boolean),
    ),
  ].map((name) => memberInput(previous.find((m) => m.name === name) ?? { name, role }));

/** The team with member `index` linked to `userId`, or unlinked (null); every other member as it is. */
export const teamWithAccount = (team: readonly Member[], index: number, userId: number | null): MemberInput[] =>
  team.map((m, i) => (i !== index ? memberInput(m) : memberInput({ name: m.name, role: m.role, ...(userId !== null ? { userId } : {}) })));
