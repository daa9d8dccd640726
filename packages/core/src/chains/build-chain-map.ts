import { assessSegment, type SegmentAssessment, type SegmentFigures, type SegmentStrength } from "./assess-segment";
import { flattenSegments } from "./definition";
import type { ChainDefinition, ChainStage, MapLevel } from "./types";

/** What the map shows per segment (leaf or group, distinct enterprises over the subtree). */
export interface NodeFigures extends SegmentFigures {
  /** Σ 工业总产值, 万元; null when nobody reported. */
  readonly output: number | null;
  /** Σ 营业收入, 万元; null when nobody reported. */
  readonly revenue: number | null;
  /** Enterprises holding at least one valid tier honour (梯度培育库). */
  readonly tiered: number;
  /** Machine placements between the floors, waiting for a person to confirm. */
  readonly pending: number;
}

export const EMPTY_FIGURES: NodeFigures = { enterprises: 0, scale: null, output: null, revenue: null, tiered: 0, pending: 0 };

export interface ChainMapNode {
  readonly key: string;
  readonly name: string;
  readonly stage: ChainStage;
  readonly parentKey: string | null;
  readonly depth: number;
  readonly isLeaf: boolean;
  readonly figures: NodeFigures;
  /** Leaves only. */
  readonly assessment: SegmentAssessment | null;
  /** Groups only: how their leaves came out. */
  readonly leafSummary: Readonly<Record<SegmentStrength, number>> | null;
}

export interface ChainMapResult {
  readonly nodes: readonly ChainMapNode[];
  readonly summary: Readonly<Record<SegmentStrength, number>>;
}

const tally = (list: readonly (SegmentAssessment | null)[]): Record<SegmentStrength, number> => {
  const out: Record<SegmentStrength, number> = { strong: 0, weak: 0, missing: 0 };
  for (const a of list) if (a) out[a.strength] += 1;
  return out;
};

/** Assesses every leaf against the chain totals (with the rule of the level) and rolls the outcome up to the groups. */
export const buildChainMap = (definition: ChainDefinition, figures: ReadonlyMap<string, NodeFigures>, chain: NodeFigures, level: MapLevel): ChainMapResult => {
  const flat = flattenSegments(definition.segments);
  const assessed = new Map<string, SegmentAssessment>();
  for (const n of flat) {
    if (!n.isLeaf) continue;
    const f = figures.get(n.segment.key) ?? EMPTY_FIGURES;
    const a = assessSegment(f, chain, definition.assessment[level]);
    // Placements awaiting confirmation do not count, but a person deciding on them may change the class.
    assessed.set(n.segment.key, f.pending > 0 && a.strength !== "strong" ? { ...a, reasons: [...a.reasons, { zh: `另有 ${f.pending} 家企业待人工确认（置信度低于计入阈值）`, en: `${f.pending} more awaiting confirmation (confidence below the count floor)` }] } : a);
  }
  const leavesUnder = (key: string) => flat.filter((n) => n.isLeaf && n.path.includes(key)).map((n) => assessed.get(n.segment.key) ?? null);
  const nodes = flat.map(
    (n): ChainMapNode => ({
      key: n.segment.key,
      name: n.segment.name,
      stage: n.segment.stage,
      parentKey: n.parentKey,
      depth: n.path.length - 1,
      isLeaf: n.isLeaf,
      figures: figures.get(n.segment.key) ?? EMPTY_FIGURES,
      assessment: n.isLeaf ? (assessed.get(n.segment.key) ?? null) : null,
      leafSummary: n.isLeaf ? null : tally(leavesUnder(n.segment.key)),
    }),
  );
  return { nodes, summary: tally([...assessed.values()]) };
};
