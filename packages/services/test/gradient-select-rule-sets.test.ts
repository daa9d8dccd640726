import { describe, expect, it } from "vitest";
import { loadRuleSets } from "@parkpilot/rules";
import { selectRuleSets } from "../src/gradient/rules/select-rule-sets";

const defs = loadRuleSets();
const chosen = (asOf: string, pin?: string) =>
  Object.fromEntries(selectRuleSets(defs, asOf, pin).map((d) => [d.id, d.version]));

describe("selectRuleSets: which versions a tier card reads", () => {
  it("takes the versions in force on the date", () => {
    expect(chosen("2025-06-01")).toMatchObject({ "specialized-sme": "2022", "little-giant": "2022", "high-tech": "2016" });
    expect(chosen("2025-06-01")).not.toHaveProperty("tech-innovative-sme");
    expect(chosen("2026-06-01")).toMatchObject({ "specialized-sme": "2026", "little-giant": "2026", "tech-innovative-sme": "2026" });
  });

  it("pinned to 2022: the 2022 SME ladder, without the rung it did not have, other titles as in force", () => {
    const pinned = chosen("2026-06-01", "2022");
    expect(pinned).toMatchObject({ "specialized-sme": "2022", "little-giant": "2022", "innovative-sme": "2022", "high-tech": "2016" });
    expect(pinned).not.toHaveProperty("tech-innovative-sme");
  });

  it("pinned to 2026: the 2026 ladder even on a date before it came into force", () => {
    expect(chosen("2025-06-01", "2026")).toMatchObject({ "specialized-sme": "2026", "little-giant": "2026", "tech-innovative-sme": "2026" });
  });
});
