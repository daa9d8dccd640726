import { VALUE_MAGNITUDE_LIMIT, type IndicatorField } from "@parkpilot/core";
import type { FieldIssue } from "../errors/app-error";

/**
 * Checks values against the indicator catalogue: known key, finite number, integer where the
 * field counts things, not below the field's minimum, at most VALUE_MAGNITUDE_LIMIT. Null is allowed: it clears a value to
 * "unknown".
 */
export const validateIndicatorValues = (
  values: Record<string, number | null>,
  fields: ReadonlyMap<string, IndicatorField>,
  pathPrefix = "values",
): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  for (const [key, value] of Object.entries(values)) {
    const path = `${pathPrefix}.${key}`;
    const field = fields.get(key);
    if (!field) {
      issues.push({ path, message: `unknown indicator "${key}"` });
      continue;
    }
    if (value === null) continue;
    if (!Number.isFinite(value)) issues.push({ path, message: "must be a finite number" });
    else if (field.kind === "integer" && !Number.isInteger(value)) issues.push({ path, message: `${field.zh} must be a whole number (${field.unit})` });
    else if (field.min !== undefined && value < field.min) issues.push({ path, message: `${field.zh} must be ≥ ${field.min} ${field.unit}` });
    else if (Math.abs(value) > VALUE_MAGNITUDE_LIMIT) issues.push({ path, message: `${field.zh} must be at most ${VALUE_MAGNITUDE_LIMIT} ${field.unit} in magnitude` });
  }
  return issues;
};
