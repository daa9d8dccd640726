import type { TChainOwner } from "@parkpilot/contracts";

type Member = TChainOwner["team"][number];

/** A team as the form shows it: the names, separated by 、. */
export const teamText = (team: readonly Member[]): string => team.map((m) => m.name).join("、");

/**
 * The team typed as names (separated by commas, 、 or new lines). A member already in the team
 * keeps its role and linked account; a new one gets `role`.
 */
export const parseTeam = (text: string | undefined, previous: readonly Member[], role: string): Member[] =>
  [
    ...new Set(
      (text ?? "")
        .split(/[,，、\n]/)
        .map((x) => x.trim())
        .filter(Boolean),
    ),
  ].map((name) => previous.find((m) => m.name === name) ?? { name, role });
