/**
 * Maps one declared leading-industry item (e.g. 汽车零部件) to GB/T 4754-2017 codes through a
 * reviewed keyword table. The table is data (packages/db/reference/leading-industry-map.csv):
 * a term with codes maps; a term without codes records a reviewed decision that the wording
 * names no industry (加工贸易, 先进制造 …) and must stay unmapped rather than be guessed.
 *
 * Order of matching: the whole item equal to a term first; otherwise the terms with codes
 * contained in it, longest first, each character used by at most one term (so 新能源汽车 wins
 * over 新能源 and 汽车). Terms without codes only ever match whole items: inside a longer item
 * they would hide the part that does name an industry (产品加工 inside 畜产品加工). Nothing
 * found means unmapped, reported by the build, never a guess.
 */
export interface LeadingIndustryTerm {
  readonly term: string;
  /** GB/T 4754-2017 division (2 digits), group (3) or class (4) codes; empty = reviewed as not an industry. */
  readonly codes: readonly string[];
  readonly note: string;
}

export interface LeadingIndustryMatch {
  readonly status: "mapped" | "unmapped";
  /** Sorted; a code already covered by a broader one in the list (36 covers 367) is dropped. */
  readonly codes: readonly string[];
  /** The table terms that decided the result, in the order they occur in the item. */
  readonly terms: readonly string[];
  readonly via: "exact" | "contained" | "none";
}

export type LeadingIndustryMatcher = (label: string) => LeadingIndustryMatch;

// Catalogue typos such as "食品." carry stray punctuation that is not part of the wording.
const EDGE_PUNCTUATION = /^[\s\u3000.。,，;；:：]+|[\s\u3000.。,，;；:：]+$/g;

export const normalizeLeadingIndustryLabel = (label: string): string => label.replace(EDGE_PUNCTUATION, "");

const dropCoveredCodes = (codes: Iterable<string>): string[] => {
  const unique = [...new Set(codes)].sort();
  return unique.filter((code) => !unique.some((other) => other !== code && code.startsWith(other)));
};

export const createLeadingIndustryMatcher = (terms: readonly LeadingIndustryTerm[]): LeadingIndustryMatcher => {
  const byTerm = new Map<string, LeadingIndustryTerm>();
  for (const entry of terms) {
    if (byTerm.has(entry.term)) throw new Error(`Leading-industry term listed twice: ${entry.term}`);
    byTerm.set(entry.term, entry);
  }
  const partTerms = new Map([...byTerm].filter(([, entry]) => entry.codes.length > 0));
  const longest = Math.max(0, ...[...partTerms.keys()].map((term) => term.length));

  return (label) => {
    const item = normalizeLeadingIndustryLabel(label);
    const exact = byTerm.get(item);
    if (exact) {
      const codes = dropCoveredCodes(exact.codes);
      return { status: codes.length > 0 ? "mapped" : "unmapped", codes, terms: [exact.term], via: "exact" };
    }
    // Greedy longest-first over character positions; ties go to the leftmost occurrence.
    const claimed = new Array<boolean>(item.length).fill(false);
    const found: { at: number; entry: LeadingIndustryTerm }[] = [];
    for (let length = Math.min(longest, item.length); length >= 1; length--) {
      for (let at = 0; at + length <= item.length; at++) {
        const entry = partTerms.get(item.slice(at, at + length));
        if (!entry || claimed.slice(at, at + length).some(Boolean)) continue;
        claimed.fill(true, at, at + length);
        found.push({ at, entry });
      }
    }
    if (found.length === 0) return { status: "unmapped", codes: [], terms: [], via: "none" };
    found.sort((a, b) => a.at - b.at);
    return {
      status: "mapped",
      codes: dropCoveredCodes(found.flatMap(({ entry }) => entry.codes)),
      terms: found.map(({ entry }) => entry.term),
      via: "contained",
    };
  };
};
