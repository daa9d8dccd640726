/** Classification results written back as facts for the rule sets that read them. */
import type { CompiledRuleSet } from "../compiled";
import { BOOL_FALSE, BOOL_TRUE, BOOL_UNKNOWN, type FactTable } from "../fact-table";

/**
 * Writes a classification's exported facts (e.g. is_sme from the size class) for rows
 * [start, start + len) where they are unknown: true when every possible class is in the export's
 * list, false when none is. Supplied values are never overwritten.
 */
export const exportFacts = (ruleSet: CompiledRuleSet, mask: Uint16Array, facts: FactTable, start: number, len: number): void => {
  const classes = ruleSet.classes ?? [];
  for (const [key, ids] of Object.entries(ruleSet.def.exports ?? {})) {
    let bits = 0;
    classes.forEach((c, i) => {
      if (ids.includes(c.id)) bits |= 1 << i;
    });
    const col = facts.booleanColumn(key);
    for (let i = start; i < start + len; i++) {
      if (col[i] !== BOOL_UNKNOWN) continue;
      const m = mask[i] as number;
      if (m !== 0 && (m & ~bits) === 0) col[i] = BOOL_TRUE;
      else if (m !== 0 && (m & bits) === 0) col[i] = BOOL_FALSE;
    }
  }
};
