import type { PolicyHeader, PolicyProvenance } from "../policy";
import type { DeclaredVectorMode } from "./declared-vector";

/** A configurable number with its citation. */
export interface CitedNumber extends PolicyProvenance {
  readonly value: number;
}

/** packages/rules/indicators/homogeneity.yaml: the ≤3 rule and the homogeneity thresholds. */
export interface HomogeneitySettings extends PolicyHeader {
  /** 原则上不宜超过3个主导产业 (Guidance 二(一)1). */
  readonly max_leading_industries: CitedNumber;
  /** A division counts as an observed leading industry from this share of the park's output. */
  readonly observed_leading_share: CitedNumber;
  /** Pairs of parks at or above this S_ij are flagged as homogeneous. */
  readonly similarity_threshold: CitedNumber;
  /** On enterprise output, a flagged pair must also share a declared leading industry when true. */
  readonly require_shared_declared: boolean;
  readonly declared_vector_mode: DeclaredVectorMode;
  /** Which annual field the observed structure is measured on. */
  readonly basis: "industrialOutput" | "revenue";
}
