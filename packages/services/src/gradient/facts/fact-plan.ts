import { annualFieldByKey, resolveFact, type CompiledRuleSet, type FactType } from "@parkpilot/core";
import { HONOUR_TIERS } from "../tiers";

/** Facts read from the enterprise register itself rather than from enterprise_facts. */
export const ATTRIBUTE_FACTS = ["industry_code", "founded_date", "listed"] as const;

export interface AnnualColumn {
  /** Engine fact key, e.g. rdExpense@y-1. */
  readonly key: string;
  /** enterprise_annual column. */
  readonly column: string;
  readonly lag: number;
}

export interface StoredFact {
  readonly key: string;
  readonly type: FactType;
}

/**
 * What a set of rule sets needs from the database, derived from what they read: the annual
 * indicators per year offset, register attributes, facts stored in enterprise_facts, and title
 * facts answered by the honours register. Nothing else is loaded.
 */
export interface FactPlan {
  readonly annual: readonly AnnualColumn[];
  /** Year offsets needed (0 = the data year). */
  readonly lags: readonly number[];
  readonly attributes: ReadonlySet<string>;
  readonly stored: readonly StoredFact[];
  /** Title fact key → the honour tiers that answer it. */
  readonly titles: ReadonlyMap<string, readonly string[]>;
}

const TITLE_OF = new Map<string, string[]>();
for (const h of HONOUR_TIERS) if (h.titleFact) TITLE_OF.set(h.titleFact, [...(TITLE_OF.get(h.titleFact) ?? []), h.key]);

/** True for facts the honours register answers (they are never entered as plain facts). */
export const isTitleFact = (key: string): boolean => TITLE_OF.has(key);

export const factPlan = (ruleSets: readonly CompiledRuleSet[]): FactPlan => {
  const keys = [...new Set(ruleSets.flatMap((rs) => rs.reads))].sort();
  const annual: AnnualColumn[] = [];
  const attributes = new Set<string>();
  const stored: StoredFact[] = [];
  const titles = new Map<string, readonly string[]>();
  for (const key of keys) {
    const fact = resolveFact(key);
    if (!fact) continue;
    if (fact.annual) {
      const column = annualFieldByKey.get(fact.annual.field)?.column;
      if (column) annual.push({ key, column, lag: fact.annual.lag });
    } else if ((ATTRIBUTE_FACTS as readonly string[]).includes(key)) attributes.add(key);
    else if (TITLE_OF.has(key)) titles.set(key, TITLE_OF.get(key) ?? []);
    else stored.push({ key, type: fact.type });
  }
  const lags = [...new Set(annual.map((a) => a.lag))].sort((a, b) => a - b);
  return { annual, lags, attributes, stored, titles };
};
