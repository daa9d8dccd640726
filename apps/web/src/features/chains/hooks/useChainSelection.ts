import type { TMe } from "@parkpilot/contracts";
import { toInt, useSearchState } from "../../../lib/use-search-state";
import type { ChainSubject } from "../api";
import { useTemplates } from "./useChains";

const KEYS = ["chain", "park"] as const;

/**
 * The chain and subject a page shows, kept in the URL (?chain=…&park=…): a park account always
 * looks at its own park; a province account at the whole province or one of its parks. The
 * chain defaults to the first template the province uses.
 */
export const useChainSelection = (me: TMe) => {
  const [state, update] = useSearchState(KEYS);
  const templates = useTemplates(false);
  const effective = (templates.data?.items ?? []).filter((t) => t.isEffective);
  const chain = effective.find((t) => t.code === state.chain)?.code ?? effective[0]?.code ?? null;
  const parkId = me.scope.kind === "park" ? me.scope.parkId : state.park ? toInt(state.park, 0) || null : null;
  const subject: ChainSubject | null =
    parkId !== null ? { parkId } : me.scope.kind === "province" ? { provinceCode: me.scope.provinceCode } : null;
  return {
    chain,
    chains: effective,
    parkId,
    subject,
    templatesLoading: templates.isPending,
    templatesError: templates.error,
    setChain: (code: string) => update({ chain: code }),
    setPark: (id: number | null) => update({ park: id }),
  };
};
