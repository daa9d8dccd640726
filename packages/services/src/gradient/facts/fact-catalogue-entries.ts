import { FACT_CATALOGUE, type FactDef } from "@parkpilot/core";
import type { TenantScope } from "../../tenancy/actor";
import { ATTRIBUTE_FACTS, isTitleFact } from "./fact-plan";

/** Facts recorded per enterprise in enterprise_facts: the catalogue minus register attributes and titles. */
export const ENTERPRISE_FACT_DEFS: readonly FactDef[] = FACT_CATALOGUE.filter(
  (f) => !(ATTRIBUTE_FACTS as readonly string[]).includes(f.key) && !isTitleFact(f.key) && f.key !== "designated:navigator_basis",
);

export const enterpriseFactDef: ReadonlyMap<string, FactDef> = new Map(ENTERPRISE_FACT_DEFS.map((f) => [f.key, f]));

/**
 * What an enterprise may declare about itself (its IP, R&D ledger, financing, niche, market
 * position as declared). Registry entries, incident and credit lists, review decisions and
 * platform scores are the authorities': park and province accounts record them.
 */
const DECLARABLE_ORIGINS = ["enterprise declaration", "IP register", "R&D sub-ledger", "financing records", "product classification"];

export const mayWriteFact = (scope: TenantScope, def: FactDef): boolean =>
  scope.kind !== "enterprise" || DECLARABLE_ORIGINS.some((o) => def.origin.startsWith(o));
