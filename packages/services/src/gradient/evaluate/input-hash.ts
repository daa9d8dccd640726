import type { CompiledRuleSet, FactTable } from "@parkpilot/core";

/**
 * A 64-bit fingerprint of what one rule set read for one enterprise, salted with the rule set
 * itself (its whole definition, overlay parameters included) and the evaluation date and year.
 * Equal fingerprints mean the stored assessment would come out the same, so recomputation skips
 * the write. Not cryptographic: it detects change, it does not resist forgery.
 */
export interface RowHasher {
  hash(i: number): string;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

const fmix = (h: number): number => {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
};

const stringHash = (s: string, seed: number): number => {
  let h = seed >>> 0;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return fmix(h);
};

const hex8 = (n: number): string => (n >>> 0).toString(16).padStart(8, "0");

type Reader = (i: number) => number;

export const rowHasher = (rs: CompiledRuleSet, facts: FactTable, salt: string): RowHasher => {
  const context = `${JSON.stringify(rs.def)}|${salt}`;
  const seedA = stringHash(context, 0x9747b28c);
  const seedB = stringHash(context, 0x2545f491);
  const readers: Reader[] = [];
  for (const key of rs.reads) {
    const nums = facts.peekNumbers(key);
    if (nums) {
      // Two words per number; folded into one before mixing.
      readers.push((i) => {
        f64[0] = nums[i] as number;
        return ((u32[0] as number) ^ Math.imul(u32[1] as number, 0x27d4eb2f)) | 0;
      });
      continue;
    }
    const bools = facts.peekBooleans(key);
    if (bools) {
      readers.push((i) => bools[i] as number);
      continue;
    }
    const cats = facts.peekCategories(key);
    if (cats) {
      const codeHash = cats.dictionary.map((s) => stringHash(s, 0x5bd1e995));
      readers.push((i) => {
        const code = cats.codes[i] as number;
        return code < 0 ? -1 : (codeHash[code] as number);
      });
    }
  }
  return {
    hash(i) {
      let a = seedA;
      let b = seedB;
      for (const read of readers) {
        const x = read(i);
        a = Math.imul(a ^ x, 0xcc9e2d51);
        a = (a << 15) | (a >>> 17);
        b = Math.imul(b + x, 0x1b873593) ^ a;
        b = (b << 13) | (b >>> 19);
      }
      return hex8(fmix(a ^ readers.length)) + hex8(fmix(b ^ a));
    },
  };
};
