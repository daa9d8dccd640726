import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";

/**
 * Chinese word segmentation for chain placement, with jieba (@node-rs/jieba, native). Text and
 * keywords go through the same instance, so a keyword matches the text as the same run of
 * tokens. Chain keywords are added to the dictionary, so that product words such as 电芯 or
 * 一体化压铸 come out whole instead of 电 / 芯; their frequency is moderate on purpose: high
 * enough to keep them whole, not so high that they are carved out of longer words (充电芯片).
 * Latin letters are upper-cased and full-width forms folded (NFKC), so BMS = bms = ＢＭＳ.
 */
const USER_WORD_FREQUENCY = 20_000;

export interface Segmenter {
  /** Adds words to the dictionary (idempotent; words already known are skipped). */
  addWords(words: Iterable<string>): void;
  cut(text: string | null): string[];
}

export const normaliseText = (text: string): string => text.normalize("NFKC").toUpperCase();

const createSegmenter = (): Segmenter => {
  const jieba = Jieba.withDict(dict);
  const known = new Set<string>();
  return {
    addWords(words) {
      const fresh: string[] = [];
      for (const w of words) {
        const word = normaliseText(w.trim());
        // jieba's dictionary format is "word freq tag"; a word with spaces cannot be a dictionary entry.
        if (word === "" || /\s/.test(word) || known.has(word)) continue;
        known.add(word);
        fresh.push(`${word} ${USER_WORD_FREQUENCY} n`);
      }
      if (fresh.length > 0) jieba.loadDict(Buffer.from(`${fresh.join("\n")}\n`));
    },
    cut(text) {
      if (!text) return [];
      return jieba.cut(normaliseText(text), false).filter((t) => t.trim() !== "");
    },
  };
};

let shared: Segmenter | null = null;

/** One segmenter per process: loading the dictionary takes ~150 ms and ~50 MB. */
export const sharedSegmenter = (): Segmenter => {
  shared ??= createSegmenter();
  return shared;
};
