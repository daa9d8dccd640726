import type { OperatingStatus } from "../schema";
import { annualReports } from "./annual";
import { asOfTimestamp } from "./calendar";
import { csvBool, csvNumber, csvText } from "./csv";
import { drawFirm, type Firm, type GenerationContext } from "./firm";
import { companyName, productFromClassName } from "./identity";
import { CLASS_PRODUCTS, nameWordsFor } from "./industry-profiles";
import { parcelLines } from "./parcels";
import { annualLines, monthlyLines } from "./rows";
import { simulateMonths, yearTotals, type YearTotals } from "./series";

/** One enterprise, complete: its row and the CSV text of everything that refers to it. */
export const ENTERPRISE_COLUMNS = [
  "id",
  "credit_code",
  "name",
  "park_id",
  "province_code",
  "region_code",
  "industry_code",
  "founded_on",
  "registered_capital",
  "listed",
  "above_designated_size",
  "operating_status",
  "main_products",
  "business_scope",
  "is_generated",
  "created_at",
  "updated_at",
] as const;

export interface GeneratedEnterprise {
  readonly enterprise: string;
  readonly annual: string;
  readonly annualRows: number;
  readonly monthly: string;
  readonly monthlyRows: number;
  readonly parcels: string;
  readonly parcelRows: number;
  readonly status: OperatingStatus;
  readonly declining: boolean;
  readonly anomalous: boolean;
  readonly inLeadingIndustry: boolean;
}

/** 注册资本 is a round figure: 1, 2, 3, 5 or 8 times a power of ten (万元). */
const roundCapital = (value: number): number => {
  const power = 10 ** Math.floor(Math.log10(value));
  const steps = [1, 2, 3, 5, 8, 10];
  const mantissa = value / power;
  const step = steps.reduce((best, s) => (Math.abs(s - mantissa) < Math.abs(best - mantissa) ? s : best));
  return step * power;
};

/**
 * 规模以上 thresholds on the last year's revenue: industry 2,000万元, wholesale 2,000, retail
 * 500, most other services 1,000 (NBS statistical standards). Unknown without an annual report.
 */
const aboveDesignatedSize = (firm: Firm, totals: readonly (YearTotals | null)[]): boolean | null => {
  const last = [...totals].reverse().find((t) => t !== null);
  if (!last) return null;
  const division = firm.industry.division;
  const threshold = firm.industry.industrial || division === "51" ? 2000 : division === "52" ? 500 : 1000;
  return last.revenue >= threshold;
};

const mainProducts = (firm: Firm): string => {
  const { rng, industry } = firm;
  const own = CLASS_PRODUCTS[industry.code];
  if (own) return [...own].slice(0, rng.int(2, own.length)).join("、");
  const fromClass = productFromClassName(industry.name);
  const typical = industry.profile.products;
  const extra = rng.pick(typical);
  const products = fromClass ? [fromClass] : [];
  if (!products.includes(extra) && (products.length === 0 || rng.chance(0.5))) products.push(extra);
  return products.join("、");
};

const businessScope = (firm: Firm, products: string): string =>
  firm.industry.industrial
    ? `一般项目：${products}的研发、生产、销售；技术开发、技术咨询、技术服务；货物进出口。`
    : `一般项目：${products}；技术开发、技术咨询、技术服务；信息咨询服务（不含许可类信息咨询服务）。`;

export const generateEnterprise = (ctx: GenerationContext, index: number, id: number): GeneratedEnterprise => {
  const firm = drawFirm(ctx, index);
  const { rng, park, industry } = firm;
  const calendar = ctx.calendar;
  const series = simulateMonths(firm, calendar, ctx.season);
  const totals = yearTotals(firm, calendar, series);
  const { traits, values } = annualReports(firm, totals);

  const listed = rng.chance(firm.revenueLevel > 100_000 ? 0.3 : firm.revenueLevel > 30_000 ? 0.08 : firm.revenueLevel > 10_000 ? 0.02 : 0.0005);
  const name = companyName(rng, park.place, nameWordsFor(industry.code, industry.profile), listed || rng.chance(0.08));
  const creditCode = ctx.codes.code(index, park.creditRegion, firm.foundedOn >= "2016-01-01");
  const capital = roundCapital(Math.min(500_000, Math.max(10, firm.revenueLevel * rng.logNormal(0.25, 0.8))));
  const ads = aboveDesignatedSize(firm, totals);
  const products = mainProducts(firm);
  const stamp = asOfTimestamp(calendar);
  const enterprise =
    [
      id,
      creditCode,
      csvText(name),
      park.id,
      ctx.provinceCode,
      park.regionCode ?? "",
      industry.code,
      firm.foundedOn,
      csvNumber(capital, 2),
      csvBool(listed),
      csvBool(ads),
      firm.status,
      csvText(products),
      csvText(businessScope(firm, products)),
      "t",
      stamp,
      stamp,
    ].join(",") + "\n";

  const annual = annualLines(ctx.rows, firm, id, values);
  const monthly = monthlyLines(ctx.rows, firm, id, series, ads === true);
  const parcels = parcelLines(
    { calendar, sourceNote: ctx.sourceNote, recordedAt: stamp, parkStart: ctx.allocation.starts[park.ordinal] ?? 0 },
    firm,
    id,
    traits.land,
  );
  return {
    enterprise,
    annual: annual.text,
    annualRows: annual.rows,
    monthly: monthly.text,
    monthlyRows: monthly.rows,
    parcels: parcels.text,
    parcelRows: parcels.rows,
    status: firm.status,
    declining: firm.decline !== null,
    anomalous: firm.anomaly !== null,
    inLeadingIndustry: firm.inLeadingIndustry,
  };
};
