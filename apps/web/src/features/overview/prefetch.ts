import type { QueryClient } from "@tanstack/react-query";
import type { TMe } from "@parkpilot/contracts";
import { allParksQuery } from "../parks/hooks/useParks";
import { provinceGeoQuery } from "./hooks/useProvinceGeo";

/**
 * Starts the overview's requests (parks with KPIs, the province boundaries) the moment the
 * user is known, in parallel with downloading the page's code, instead of after it.
 */
export const prefetchOverview = (client: QueryClient, me: TMe): void => {
  if (me.scope.kind !== "province") return;
  void client.prefetchQuery(allParksQuery(undefined));
  void client.prefetchQuery(provinceGeoQuery(me.scope.provinceCode));
};
