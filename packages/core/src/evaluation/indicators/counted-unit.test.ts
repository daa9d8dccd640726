import { describe, expect, it } from "vitest";
import { countedUnit } from "./counted-unit";
import type { IndicatorFormula } from "./types";

describe("what an indicator's completeness counts", () => {
  it.each<[IndicatorFormula, string]>([
    [{ kind: "sum", of: { field: "revenue" } }, "enterprises"],
    [{ kind: "ratio", numerator: { field: "taxPaid" }, denominator: { field: "landAreaMu" } }, "enterprises"],
    [{ kind: "monthly_sum", field: "output" }, "enterprises"],
    [{ kind: "builtin", name: "enterprise_count" }, "enterprises"],
    [{ kind: "builtin", name: "idle_land_share" }, "parcels"],
    [{ kind: "builtin", name: "plot_ratio" }, "parcels"],
    [{ kind: "builtin", name: "alert_resolution_rate" }, "alerts"],
    [{ kind: "builtin", name: "land_cd_share" }, "enterprises"],
    [{ kind: "builtin", name: "observed_leading_count" }, "enterprises"],
    // the park's own declaration in the catalogue: nobody reports it, so nothing is counted
    [{ kind: "builtin", name: "declared_leading_count" }, "none"],
  ])("%j → %s", (formula, expected) => {
    expect(countedUnit(formula)).toBe(expected);
  });
});
