import { leafSegments, type SegmentNode } from "./definition";
import type { ChainClassRef, ChainDefinition } from "./types";

export interface KeywordEntry {
  readonly keyword: string;
  /** The keyword as the segmenter cuts it: matched as a contiguous run of text tokens. */
  readonly tokens: readonly string[];
  /** Indices into CompiledChain.leaves. */
  readonly leaves: readonly number[];
}

/** A template prepared for placing many enterprises: lookups by class and by first keyword token. */
export interface CompiledChain {
  readonly code: string;
  readonly version: number;
  readonly definition: ChainDefinition;
  readonly leaves: readonly SegmentNode[];
  readonly byClass: ReadonlyMap<string, readonly { readonly leaf: number; readonly ref: ChainClassRef }[]>;
  readonly byFirstToken: ReadonlyMap<string, readonly KeywordEntry[]>;
}

/**
 * Keywords are matched on tokens, not substrings, so that 电机 does not fire inside 发电机 and 电池
 * not inside 太阳能电池. The caller cuts each keyword with the same segmenter as the text
 * (`tokenize`); a keyword the segmenter splits (动力电池 → 动力 / 电池) matches the same run.
 */
export const compileChain = (definition: ChainDefinition, version: number, tokenize: (keyword: string) => readonly string[]): CompiledChain => {
  const leaves = leafSegments(definition);
  const byClass = new Map<string, { leaf: number; ref: ChainClassRef }[]>();
  const keywordLeaves = new Map<string, number[]>();
  leaves.forEach((node, leaf) => {
    for (const ref of node.segment.classes) {
      const list = byClass.get(ref.code) ?? [];
      list.push({ leaf, ref });
      byClass.set(ref.code, list);
    }
    for (const keyword of node.segment.keywords) {
      const list = keywordLeaves.get(keyword) ?? [];
      list.push(leaf);
      keywordLeaves.set(keyword, list);
    }
  });
  const byFirstToken = new Map<string, KeywordEntry[]>();
  for (const [keyword, leafList] of keywordLeaves) {
    const cut = tokenize(keyword).filter((t) => t.trim() !== "");
    const tokens = cut.length > 0 ? cut : [keyword];
    const first = tokens[0] ?? keyword;
    const list = byFirstToken.get(first) ?? [];
    list.push({ keyword, tokens, leaves: leafList });
    byFirstToken.set(first, list);
  }
  return { code: definition.code, version, definition, leaves, byClass, byFirstToken };
};

/** Distinct keywords of the chain found in a token stream, each with the leaves it points at. */
export const findKeywords = (chain: CompiledChain, tokens: readonly string[]): Map<string, readonly number[]> => {
  const found = new Map<string, readonly number[]>();
  for (let i = 0; i < tokens.length; i += 1) {
    const entries = chain.byFirstToken.get(tokens[i] ?? "");
    if (!entries) continue;
    for (const entry of entries) {
      if (found.has(entry.keyword)) continue;
      let ok = true;
      for (let j = 1; j < entry.tokens.length; j += 1) {
        if (tokens[i + j] !== entry.tokens[j]) {
          ok = false;
          break;
        }
      }
      if (ok) found.set(entry.keyword, entry.leaves);
    }
  }
  return found;
};
