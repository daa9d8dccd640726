import { queryOptions, useQuery } from "@tanstack/react-query";
import { fetchProvinceGeo } from "../api";

export const provinceGeoQuery = (provinceCode: string) =>
  queryOptions({ queryKey: ["geo", provinceCode], queryFn: ({ signal }) => fetchProvinceGeo(provinceCode, signal), staleTime: Infinity });

export const useProvinceGeo = (provinceCode: string) => useQuery(provinceGeoQuery(provinceCode));
