/**
 * Province boundaries (city level) shipped with the app under public/geo/<adcode>.json, one file
 * per province, from DataV.GeoAtlas via lyhmyd1211/GeoMapData_CN (see apps/web/public/geo/README.md).
 * 审图号 caveat: a map of China published in a product needs a map review number under
 * 《地图管理条例》; these boundaries are for internal analysis. Check before publishing the
 * map to the public.
 */
export interface GeoJson {
  readonly type: "FeatureCollection";
  readonly features: readonly unknown[];
}

export const fetchProvinceGeo = async (provinceCode: string, signal?: AbortSignal): Promise<GeoJson | null> => {
  const response = await fetch(`/geo/${provinceCode}0000.json`, signal ? { signal } : {});
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`map file: HTTP ${response.status}`);
  const type = response.headers.get("content-type") ?? "";
  // The SPA fallback answers unknown paths with index.html: that means "no map shipped".
  if (!type.includes("json")) return null;
  return (await response.json()) as GeoJson;
};
