import { describe, expect, it } from "vitest";
import { ANNUAL_FIELDS, MONTHLY_FIELDS } from "./enterprise-fields";

const minOf = (key: string) => [...ANNUAL_FIELDS, ...MONTHLY_FIELDS].find((f) => f.key === key);

describe("indicator field lower bounds", () => {
  it("lets profit and value added be negative (a loss is a real value)", () => {
    expect(minOf("profit")).not.toHaveProperty("min");
    expect(minOf("valueAdded")).not.toHaveProperty("min");
  });

  it("keeps every other figure non-negative", () => {
    const bounded = ANNUAL_FIELDS.filter((f) => f.key !== "profit" && f.key !== "valueAdded");
    for (const f of [...bounded, ...MONTHLY_FIELDS]) expect(f.min, f.key).toBe(0);
  });
});
