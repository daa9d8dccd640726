import type { TParkKpis, TParkSummary } from "@parkpilot/contracts";
import type { tables } from "@parkpilot/db";

type ParkRow = typeof tables.parks.$inferSelect;

/** The allow-list of park fields that leave the server. */
export const presentParkSummary = (park: ParkRow, leadingIndustryCount: number, kpis: TParkKpis | null): TParkSummary => ({
  id: park.id,
  catalogueCode: park.catalogueCode,
  name: park.name,
  level: park.level,
  kind: park.kind,
  kindText: park.kindText,
  provinceCode: park.provinceCode,
  regionCode: park.regionCode,
  approvedOn: park.approvedOn,
  approvedAreaKm2: park.approvedAreaKm2,
  leadingIndustriesText: park.leadingIndustriesText,
  leadingIndustryCount,
  longitude: park.longitude,
  latitude: park.latitude,
  kpis,
});
