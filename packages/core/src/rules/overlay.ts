/**
 * Jurisdiction overlays: a province (or city, or zone) replaces the values of a rule set's
 * declared parameters — never its structure — and cites its own document for each. The result
 * is a new definition, version `<version>+<division code>`, scope "local", that compiles and
 * explains like any other; explanations cite the local document for the overridden thresholds.
 */
import type { ParameterDef, RuleSetDef, RuleSetOverlay } from "./types";

/** Applies an overlay; throws listing every parameter it names that the rule set does not declare or types differently. */
export const applyOverlay = (def: RuleSetDef, overlay: RuleSetOverlay): RuleSetDef => {
  const problems: string[] = [];
  if (overlay.target !== def.id) problems.push(`overlay targets ${overlay.target}, not ${def.id}`);
  if (overlay.versions && !overlay.versions.includes(def.version)) problems.push(`overlay does not apply to version ${def.version}`);
  const clash = Object.keys(overlay.documents).filter((k) => Object.hasOwn(def.documents, k));
  if (clash.length > 0) problems.push(`document keys already used by the rule set: ${clash.join(", ")}`);
  const parameters: Record<string, ParameterDef> = { ...def.parameters };
  for (const [id, o] of Object.entries(overlay.parameters)) {
    const p = def.parameters?.[id];
    if (!p) {
      problems.push(`unknown parameter "${id}"`);
      continue;
    }
    if (typeof p.value !== typeof o.value) problems.push(`parameter "${id}" is a ${typeof p.value}, overlay gives a ${typeof o.value}`);
    // The overridden value is the jurisdiction's, so is its citation and any doubt about it.
    parameters[id] = { label: p.label, value: o.value, source: o.source ?? overlay.source, ...(p.unit ? { unit: p.unit } : {}), ...(o.note ? { note: o.note } : {}) };
  }
  if (problems.length > 0) throw new Error(`overlay ${overlay.jurisdiction} on ${def.id}@${def.version}:\n  ${problems.join("\n  ")}`);
  return {
    ...def,
    version: `${def.version}+${overlay.jurisdiction}`,
    scope: "local",
    title: { zh: `${def.title.zh}（${overlay.name.zh}）`, en: `${def.title.en} (${overlay.name.en})` },
    documents: { ...def.documents, ...overlay.documents },
    parameters,
    overlay: { jurisdiction: overlay.jurisdiction, name: overlay.name, source: overlay.source },
  };
};
