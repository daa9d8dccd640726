/**
 * Conventions shared by every evaluation policy file (indicator catalogue, per-mu rule sets,
 * warning rules, the scorecard): an id and version, effective dates, the documents cited and,
 * per item, the article. They mirror the rule engine's file conventions (core/rules/types.ts) so
 * that officials read one citation style across the product; the types are restated here because
 * evaluation files are scored by their own compiled scorers, not by the eligibility engine.
 */

/** Text in both product languages. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** A policy document a file cites, declared once and referred to by key. */
export interface PolicyDocument {
  /** Document number as issued, e.g. 黄政发〔2018〕12号; a standard's number, e.g. GB/T 2589-2020. */
  readonly number: string;
  readonly title: string;
  readonly issuer?: string;
  /** Issue date, YYYY-MM-DD. */
  readonly issued?: string;
  readonly url?: string;
}

/** Where in a declared document a value comes from. */
export interface PolicySource {
  /** Key into the file's documents. */
  readonly doc: string;
  /** Locator inside the document (article, table, annex), as precisely as verified. */
  readonly article: string;
}

/** Marks carried by every cited value. */
export interface PolicyProvenance {
  readonly source?: PolicySource;
  /** The reference marks the value [P] (partly confirmed) or [U] (unverified). */
  readonly uncertain?: boolean;
  /** Why the value is uncertain, or how the file interprets the text. */
  readonly note?: string;
}

/** The header every evaluation policy file starts with. */
export interface PolicyHeader {
  readonly id: string;
  readonly version: string;
  readonly title: Bilingual;
  /** In force from this date (inclusive), YYYY-MM-DD. */
  readonly effective_from: string;
  /** In force until this date (exclusive); null or absent: open-ended. */
  readonly effective_to?: string | null;
  readonly documents: Readonly<Record<string, PolicyDocument>>;
  /** The file's governing provision; items without their own source inherit it. */
  readonly source: PolicySource;
  readonly notes?: readonly string[];
}

/** A resolved citation, ready to show: document number and title with the locator. */
export interface PolicyCitation {
  readonly number: string;
  readonly title: string;
  readonly article: string;
  readonly url?: string;
  readonly uncertain: boolean;
  readonly note?: string;
}

/** Resolves an item's source (or the file's) into a citation. Throws on a dangling key: files are validated at load. */
export const citationOf = (header: PolicyHeader, item?: PolicyProvenance): PolicyCitation => {
  const ref = item?.source ?? header.source;
  const doc = header.documents[ref.doc];
  if (!doc) throw new Error(`${header.id}: source cites undeclared document "${ref.doc}"`);
  return {
    number: doc.number,
    title: doc.title,
    article: ref.article,
    ...(doc.url ? { url: doc.url } : {}),
    uncertain: item?.uncertain ?? false,
    ...(item?.note ? { note: item.note } : {}),
  };
};

/** Whether a file is in force on an ISO date (YYYY-MM-DD compare as strings). */
export const inForceOn = (header: Pick<PolicyHeader, "effective_from" | "effective_to">, isoDate: string): boolean =>
  header.effective_from <= isoDate && (header.effective_to == null || isoDate < header.effective_to);

/**
 * The version of a policy in force on a date: among files sharing an id, the one whose window
 * contains the date, latest effective_from first. Undefined when none is in force.
 */
export const pickInForce = <T extends PolicyHeader>(files: readonly T[], id: string, isoDate: string): T | undefined =>
  files
    .filter((f) => f.id === id && inForceOn(f, isoDate))
    .sort((a, b) => (a.effective_from < b.effective_from ? 1 : -1))[0];

/** The date an evaluation of a data year is made for: the last day of that year. */
export const evaluationDateOf = (year: number): string => `${year}-12-31`;
