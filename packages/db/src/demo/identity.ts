import { completeCreditCode } from "@parkpilot/core";
import { deriveSeed, STREAM, type Rng } from "./random";

/**
 * Identity of a generated enterprise: credit code, name, products. Codes are valid GB 32100
 * codes whose organisation part is a bijection of the enterprise's index, so they are unique
 * within a run by construction (no retry loop, no lookup) and stable for a seed.
 */

/** Alphabet of credit codes (GB 32100): digits and capitals without I, O, S, V, Z. */
const CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const DIGITS_SPACE = 100_000_000; // 8 digits: organisation codes issued before 2016
const MA_SPACE = 31 ** 6; // "MA" + 6 characters: codes issued by market regulators since 2016

/** GB 11714 check character of an 8-character organisation code body. */
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;
export const organisationCheckChar = (body8: string): string => {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = body8.charAt(i);
    // GB 11714 values letters A=10 … Z=35 by their position in the full Latin alphabet.
    const value = ch >= "0" && ch <= "9" ? ch.charCodeAt(0) - 48 : ch.charCodeAt(0) - 55;
    sum += value * (ORG_WEIGHTS[i] ?? 0);
  }
  const c = 11 - (sum % 11);
  return c === 10 ? "X" : c === 11 ? "0" : String(c);
};

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** An affine map x → (a·x + b) mod n with gcd(a, n) = 1 is a bijection of [0, n). */
const affine = (seed: number, salt: number, n: number): ((x: number) => number) => {
  // a < 2^26 and x < 10^8 keep a·x + b below 2^53, so the arithmetic is exact in doubles.
  let a = (deriveSeed(seed, STREAM.creditCode, salt) % (2 ** 26 - 1)) + 1;
  while (gcd(a, n) !== 1) a++;
  const b = deriveSeed(seed, STREAM.creditCode, salt + 1) % n;
  return (x: number) => (a * x + b) % n;
};

export interface CreditCodeFactory {
  /** Code of enterprise `index` (0-based, below 10^8) registered in `region` (6 digits). */
  code(index: number, region: string, modernRegistration: boolean): string;
}

export const creditCodeFactory = (seed: number): CreditCodeFactory => {
  const digits = affine(seed, 1, DIGITS_SPACE);
  const modern = affine(seed, 3, MA_SPACE);
  return {
    code(index, region, modernRegistration) {
      if (index < 0 || index >= DIGITS_SPACE) throw new Error(`enterprise index out of range: ${index}`);
      let body: string;
      if (modernRegistration) {
        let x = modern(index);
        let tail = "";
        for (let i = 0; i < 6; i++) {
          tail = CODE_ALPHABET.charAt(x % 31) + tail;
          x = Math.floor(x / 31);
        }
        body = `MA${tail}`;
      } else {
        body = String(digits(index)).padStart(8, "0");
      }
      // 9 = registered by the market regulator, 1 = enterprise.
      return completeCreditCode(`91${region}${body}${organisationCheckChar(body)}`);
    },
  };
};

const BRAND_CHARS = [
  ..."华兴达盛泰鑫源恒宏创新瑞隆通博嘉佳联信力德丰裕长益宝金天海安润昌鸿远凯锦和美晟旺汇众荣富辉明光卓越精诚志伟捷飞腾欣立方正中东南星辰云蓝青优思迈拓展誉亿万合顺广粤科技智图航",
];

const stripSuffix = (name: string, pattern: RegExp): string => {
  const stripped = name.replace(pattern, "");
  return stripped.length >= 2 ? stripped : name;
};

export const shortProvinceName = (name: string): string =>
  stripSuffix(name, /(壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市)$/);
export const shortCityName = (name: string): string => stripSuffix(name, /(市|地区|自治州|盟|区|县)$/);

export interface NamePlace {
  /** Short city name (广州), full city name (广州市) and short province name (广东). */
  readonly city: string | null;
  readonly cityFull: string | null;
  readonly province: string | null;
}

export const companyName = (rng: Rng, place: NamePlace, words: readonly string[], shareholding: boolean): string => {
  const roll = rng.next();
  const prefix =
    roll < 0.5
      ? (place.city ?? place.province ?? "")
      : roll < 0.7
        ? (place.cityFull ?? place.province ?? "")
        : roll < 0.85
          ? (place.province ?? "")
          : "";
  const first = rng.pick(BRAND_CHARS);
  let second = rng.pick(BRAND_CHARS);
  if (second === first) second = BRAND_CHARS[(BRAND_CHARS.indexOf(first) + 7) % BRAND_CHARS.length] ?? second;
  const word = rng.pick(words);
  const tech = !word.includes("科技") && rng.chance(0.3) ? "科技" : "";
  const suffix = shareholding ? "股份有限公司" : rng.chance(0.06) ? "有限责任公司" : "有限公司";
  return `${prefix}${first}${second}${word}${tech}${suffix}`;
};

/** The class name read as a product ("锂离子电池制造" → "锂离子电池"); null for 其他… classes. */
export const productFromClassName = (className: string): string | null => {
  if (className.startsWith("其他")) return null;
  const product = className.replace(/(及其制品制造|制造|加工)$/, "");
  return product.length >= 2 ? product : null;
};
