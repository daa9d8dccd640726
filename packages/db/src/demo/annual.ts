import type { AnnualValues } from "@parkpilot/core";
import { ENERGY_CARRIERS, type EnergyAmounts } from "./energy";
import type { Firm } from "./firm";
import type { YearTotals } from "./series";

/**
 * The annual report of an enterprise for each year it was active: the flows from the monthly
 * truth, the balance sheet, staff, IP, land and resources from lasting firm traits. Values here
 * are complete and true; gaps and reporting errors are applied when rows are written.
 */
export interface LandHolding {
  /** Land area held, 亩. */
  readonly mu: number;
  readonly plotRatio: number;
  /** GB/T 21010-2017 class: 0601 工业用地, 0604 仓储用地, 0805 科研用地. */
  readonly landUse: "0601" | "0604" | "0805";
}

export interface AnnualTraits {
  /** Land held by the firm; null for tenants of standard factories or offices. */
  readonly land: LandHolding | null;
  readonly floorAreaM2: number;
  readonly tech: boolean;
}

const MU_M2 = 666.67;

const drawLand = (firm: Firm): LandHolding | null => {
  const { rng, industry, revenueLevel } = firm;
  const division = industry.division;
  let owner: boolean;
  let landUse: LandHolding["landUse"] = "0601";
  if (industry.industrial) {
    owner = !rng.chance(revenueLevel < 3000 ? 0.4 : revenueLevel < 10000 ? 0.15 : 0.03);
  } else if (division === "54" || division === "59") {
    owner = rng.chance(0.5);
    landUse = "0604";
  } else {
    // Software and R&D firms occasionally hold research land; other services rent.
    owner = (division === "65" || division === "73") && rng.chance(0.1);
    landUse = "0805";
  }
  if (!owner) return null;
  // Output per mu (亩均产值) of Guangdong industrial land, a few hundred 万元 at the median.
  const perMu = rng.logNormal(industry.industrial ? 400 : 300, 0.6);
  const mu = Math.min(3000, Math.max(2, (revenueLevel * (industry.industrial ? firm.outputRatio : 1)) / perMu));
  // Most plots are built at 0.8–2; "industry up the floors" (工业上楼) reaches 3–4.
  const plotRatio = rng.clampedNormal(1.4, 0.45, 0.5, 4);
  return { mu, plotRatio, landUse };
};

export const annualReports = (firm: Firm, totals: readonly (YearTotals | null)[]): { traits: AnnualTraits; values: (AnnualValues | null)[] } => {
  const { rng, industry } = firm;
  const profile = industry.profile;
  const land = drawLand(firm);
  const headcount = firm.revenueLevel / firm.revenuePerHead;
  const floorAreaM2 = land ? land.mu * MU_M2 * land.plotRatio : Math.max(50, headcount * rng.uniform(20, 60));

  const tech = rng.chance(profile.techShare);
  const mainShare = rng.uniform(0.85, 1);
  const vaRatio = rng.clampedNormal(profile.valueAddedRatio, 0.04, 0.18, 0.35);
  const marginMean = rng.normal(0.05, 0.045);
  // Some firms do no R&D at all (a known zero); high-tech firms must spend at least 3–6%.
  const noRd = !tech && rng.chance(0.18);
  const rdRatio = noRd ? 0 : tech ? Math.max(rng.logNormal(profile.rdRatio, 0.5), rng.uniform(0.03, 0.06)) : Math.min(0.5, rng.logNormal(profile.rdRatio, 0.6));
  const highTechShare = tech ? rng.uniform(0.6, 0.95) : 0;
  const exportShare = rng.chance(profile.exportShare) ? rng.uniform(0.05, 0.8) : 0;
  const stShare = tech ? rng.uniform(0.1, 0.35) : noRd ? rng.uniform(0, 0.04) : rng.uniform(0.02, 0.12);
  const rdStaffShare = noRd ? 0 : rng.uniform(0.4, 0.85);
  const assetsRatio = rng.logNormal(profile.assetsPerRevenue, 0.35);
  const debtRatio = rng.beta(5.5, 4.5);
  const equityChance = 0.015 + (tech ? 0.05 : 0);
  const waterPerOutput = profile.waterPerOutput * rng.logNormal(1, 0.4);
  const codMgL = profile.codMgL * rng.logNormal(1, 0.3);
  const ammoniaMgL = rng.uniform(3, 12);
  const sulphurPerCoal = 0.0016 * rng.uniform(0.5, 1.5);
  const firstAge = Math.max(0, -firm.foundedT / 12);
  const softwareLike = industry.section === "I" || industry.section === "M";

  let invention = -1;
  let otherClass1 = -1;
  let class2 = -1;
  const values = totals.map((year): AnnualValues | null => {
    if (!year) return null;
    const revenue = year.revenue;
    const margin = marginMean + rng.normal(0, 0.03) - (year.declining ? 0.08 : 0);
    const profit = revenue * margin;
    const rdExpense = revenue * rdRatio * Math.exp(rng.normal(0, 0.1));
    const employees = year.employees;
    const stStaff = Math.min(employees, Math.round(employees * stShare));
    const totalAssets = revenue * assetsRatio * Math.exp(rng.normal(0, 0.04));

    // Stocks of valid IP grow with R&D; a firm's first stock reflects its years of activity.
    const rdScale = Math.pow(rdExpense / 100, 0.6);
    const inventionRate = (tech ? 0.8 : 0.15) * rdScale;
    const otherRate = (softwareLike ? 2.5 : tech ? 0.5 : 0.05) * rdScale;
    const class2Rate = (industry.industrial ? 1.5 : 0.3) * rdScale;
    invention = invention < 0 ? rng.poisson(inventionRate * Math.min(firstAge, 6)) : invention + rng.poisson(inventionRate);
    otherClass1 = otherClass1 < 0 ? rng.poisson(otherRate * Math.min(firstAge, 6)) : otherClass1 + rng.poisson(otherRate);
    class2 = class2 < 0 ? rng.poisson(class2Rate * Math.min(firstAge, 6)) : class2 + rng.poisson(class2Rate);

    // Energy: electricity from the monthly truth, the other carriers in the firm's proportions.
    const activity = year.output ?? revenue;
    const energy = {} as EnergyAmounts;
    for (const carrier of ENERGY_CARRIERS) {
      energy[carrier] = carrier === "electricityKwh" ? year.electricity : activity * firm.energyPerOutput[carrier] * Math.exp(rng.normal(0, 0.05));
    }
    const water = activity * waterPerOutput * Math.exp(rng.normal(0, 0.05));
    const wastewater = water * 0.75;
    return {
      revenue,
      mainRevenue: revenue * Math.min(1, mainShare + rng.normal(0, 0.01)),
      industrialOutput: year.output,
      valueAdded: year.output === null ? null : year.output * vaRatio * Math.exp(rng.normal(0, 0.03)),
      profit,
      taxPaid: year.tax,
      rdExpense,
      totalCost: Math.max(0, (revenue - profit) * (1 + rng.normal(0, 0.02))),
      employees,
      stStaff,
      rdStaff: Math.round(stStaff * rdStaffShare),
      totalAssets,
      totalLiabilities: totalAssets * Math.min(1.3, Math.max(0.05, debtRatio + rng.normal(0, 0.02))),
      equityFinancing: rng.chance(equityChance) ? revenue * rng.logNormal(0.3, 0.8) : 0,
      exports: Math.min(revenue, revenue * exportShare * Math.exp(rng.normal(0, 0.1))),
      highTechRevenue: Math.min(revenue, revenue * highTechShare * Math.exp(rng.normal(0, 0.03))),
      inventionPatents: invention,
      otherClass1Ip: otherClass1,
      class2Ip: class2,
      landAreaMu: land ? land.mu : null,
      floorAreaM2,
      electricityKwh: energy.electricityKwh,
      coalT: energy.coalT,
      naturalGasM3: energy.naturalGasM3,
      oilT: energy.oilT,
      heatGj: energy.heatGj,
      // Filled in from the rounded carriers when the row is written, so it checks exactly.
      energyTce: null,
      waterM3: water,
      codT: (wastewater * codMgL) / 1e6,
      ammoniaNitrogenT: (wastewater * ammoniaMgL) / 1e6,
      so2T: energy.coalT * sulphurPerCoal + energy.oilT * 0.004 * rng.uniform(0.5, 1.5),
      noxT: energy.coalT * 0.0035 * rng.uniform(0.6, 1.4) + energy.naturalGasM3 * 1.8e-6 * rng.uniform(0.6, 1.4) + energy.oilT * 0.01 * rng.uniform(0.6, 1.4),
    };
  });
  return { traits: { land, floorAreaM2, tech }, values };
};
