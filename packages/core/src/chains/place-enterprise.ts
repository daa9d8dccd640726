import { findKeywords, type CompiledChain } from "./compile-chain";
import type { ChainClassRef, PlacementPolicy } from "./types";

/** What placement needs to know about an enterprise; the text arrives already segmented. */
export interface PlacementSubject {
  /** GB/T 4754 class (4 digits) of the enterprise, or null when unknown. */
  readonly industryCode: string | null;
  /** Tokens of 主营产品 (main products). */
  readonly productTokens: readonly string[];
  /** Tokens of 经营范围 (business scope). */
  readonly scopeTokens: readonly string[];
}

export type PlacementMethod = "class" | "keyword" | "both";

export interface PlacementDraft {
  readonly templateCode: string;
  readonly templateVersion: number;
  readonly segmentKey: string;
  readonly method: PlacementMethod;
  /** 0–1, two decimals. */
  readonly confidence: number;
  /** Why, in the words an official reads: "行业3841锂离子电池制造（部分属于*） + 关键词 电芯（主营产品）". */
  readonly reason: string;
  /** Whether it counts on the chain map without a person confirming it. */
  readonly counts: boolean;
}

interface Evidence {
  classRef: ChainClassRef | null;
  productWords: string[];
  scopeWords: string[];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

const keywordConfidence = (ev: Evidence, policy: PlacementPolicy): number => {
  const n = ev.productWords.length + ev.scopeWords.length;
  if (n === 0) return 0;
  const base = ev.productWords.length > 0 ? policy.keywordInProducts : policy.keywordInScope;
  return Math.min(Math.max(base, policy.keywordMax), base + policy.keywordStep * (n - 1));
};

const classConfidence = (ev: Evidence, policy: PlacementPolicy): number =>
  ev.classRef === null ? 0 : ev.classRef.partial ? policy.classPartial : policy.classFull;

const describeClass = (ref: ChainClassRef) => `行业${ref.code}${ref.name}${ref.partial ? "（部分属于本环节*）" : ""}`;

const describeWords = (ev: Evidence): string => {
  const parts: string[] = [];
  if (ev.productWords.length > 0) parts.push(`${ev.productWords.join("、")}（主营产品）`);
  if (ev.scopeWords.length > 0) parts.push(`${ev.scopeWords.join("、")}（经营范围）`);
  return `关键词 ${parts.join("；")}`;
};

/**
 * Places one enterprise on the leaves of the given chains. Class and keyword evidence are two
 * independent signals and combine as 1 − (1 − class)(1 − keyword): either alone places, both
 * agreeing are surer than either. A class-only placement loses `conflictPenalty` when the
 * products point at another segment of the same chain (a battery-class firm that makes motor
 * controllers). Placements below `candidateFloor` are dropped; those below `countFloor` are kept
 * as candidates for a person to confirm.
 */
export const placeEnterprise = (chains: readonly CompiledChain[], subject: PlacementSubject): PlacementDraft[] => {
  const drafts: PlacementDraft[] = [];
  for (const chain of chains) {
    const policy = chain.definition.placement;
    const evidence = new Map<number, Evidence>();
    const at = (leaf: number): Evidence => {
      let ev = evidence.get(leaf);
      if (!ev) {
        ev = { classRef: null, productWords: [], scopeWords: [] };
        evidence.set(leaf, ev);
      }
      return ev;
    };
    if (subject.industryCode !== null) {
      for (const hit of chain.byClass.get(subject.industryCode) ?? []) at(hit.leaf).classRef = hit.ref;
    }
    const inProducts = findKeywords(chain, subject.productTokens);
    for (const [word, leaves] of inProducts) for (const leaf of leaves) at(leaf).productWords.push(word);
    for (const [word, leaves] of findKeywords(chain, subject.scopeTokens)) {
      if (inProducts.has(word)) continue;
      for (const leaf of leaves) at(leaf).scopeWords.push(word);
    }
    const keywordLeaves = [...evidence].filter(([, ev]) => ev.productWords.length + ev.scopeWords.length > 0).map(([leaf]) => leaf);

    for (const [leaf, ev] of evidence) {
      const node = chain.leaves[leaf];
      if (!node) continue;
      const c = classConfidence(ev, policy);
      const k = keywordConfidence(ev, policy);
      const method: PlacementMethod = c > 0 && k > 0 ? "both" : c > 0 ? "class" : "keyword";
      let confidence = 1 - (1 - c) * (1 - k);
      const reason: string[] = [];
      if (ev.classRef) reason.push(describeClass(ev.classRef));
      if (k > 0) reason.push(describeWords(ev));
      let text = reason.join(" + ");
      const elsewhere = keywordLeaves.filter((l) => l !== leaf);
      if (method === "class" && elsewhere.length > 0) {
        confidence -= policy.conflictPenalty;
        const names = elsewhere.slice(0, 2).map((l) => `「${chain.leaves[l]?.segment.name ?? ""}」`);
        text += `；产品关键词指向${names.join("、")}${elsewhere.length > 2 ? "等" : ""}，行业证据减 ${policy.conflictPenalty.toFixed(2)}`;
      }
      confidence = round2(Math.max(0, Math.min(0.99, confidence)));
      if (confidence < policy.candidateFloor) continue;
      const counts = confidence >= policy.countFloor;
      if (!counts) text += `；置信度 ${confidence.toFixed(2)} 低于计入阈值 ${policy.countFloor.toFixed(2)}，待人工确认`;
      drafts.push({ templateCode: chain.code, templateVersion: chain.version, segmentKey: node.segment.key, method, confidence, reason: text, counts });
    }
  }
  return drafts.sort((a, b) => a.templateCode.localeCompare(b.templateCode) || b.confidence - a.confidence || a.segmentKey.localeCompare(b.segmentKey));
};
