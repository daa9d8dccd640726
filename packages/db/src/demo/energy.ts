/**
 * Conversion of energy carriers to tonnes of standard coal equivalent (tce), GB/T 2589-2020
 * 综合能耗计算通则, Annex A (reference coefficients):
 * - electricity, equivalent (当量值) basis: 0.1229 kgce/kWh
 * - raw coal (原煤), 20,908 kJ/kg: 0.7143 kgce/kg
 * - natural gas: the standard gives a range of 1.1000–1.3300 kgce/m³; 1.2143 (gas-field gas,
 *   the value of the 2008 edition) is used here
 * - diesel (柴油), 42,652 kJ/kg: 1.4571 kgce/kg (the "oil" carrier is reported as diesel)
 * - heat: 0.03412 kgce/MJ = 0.03412 tce/GJ
 * The demo's reported energy (综合能耗) is computed with these, so it can be checked against the
 * carriers by the same formula; the electricity basis is recorded with it.
 */
export const TCE_PER_UNIT = {
  electricityKwh: 0.0001229,
  coalT: 0.7143,
  naturalGasM3: 0.0012143,
  oilT: 1.4571,
  heatGj: 0.03412,
} as const;

export type EnergyCarrier = keyof typeof TCE_PER_UNIT;

export const ENERGY_CARRIERS = Object.keys(TCE_PER_UNIT) as readonly EnergyCarrier[];

export const ELECTRICITY_BASIS = "equivalent (当量值) 0.1229 kgce/kWh, GB/T 2589-2020";

export type EnergyAmounts = Record<EnergyCarrier, number>;

export const totalTce = (amounts: EnergyAmounts): number =>
  ENERGY_CARRIERS.reduce((sum, carrier) => sum + amounts[carrier] * TCE_PER_UNIT[carrier], 0);
