import type { TMe } from "@parkpilot/contracts";
import { toInt } from "../../../lib/use-search-state";
import { useRanking } from "./useEvaluation";

/**
 * The park an evaluation page shows: a park account's own, whatever the address names; for a
 * province the park in the address, else the top of the province's per-mu ranking (whose list
 * also feeds the park picker).
 */
export const useEvaluatedPark = (me: TMe, parkInAddress: string | undefined, year: number | undefined) => {
  const ranking = useRanking(year, me.scope.kind === "province");
  const parkId = me.scope.kind === "park" ? me.scope.parkId : parkInAddress ? toInt(parkInAddress, 0) : ranking.data?.items[0]?.parkId;
  return { parkId, ranking };
};
