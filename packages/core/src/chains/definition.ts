import type { ChainDefinition, ChainSegment } from "./types";

/** A segment with where it sits in the tree. */
export interface SegmentNode {
  readonly segment: ChainSegment;
  /** Keys from the top-level segment down to this one. */
  readonly path: readonly string[];
  readonly parentKey: string | null;
  readonly isLeaf: boolean;
}

/** Every segment, depth first, parents before children. */
export const flattenSegments = (segments: readonly ChainSegment[]): SegmentNode[] => {
  const out: SegmentNode[] = [];
  const walk = (list: readonly ChainSegment[], path: readonly string[]) => {
    for (const segment of list) {
      const here = [...path, segment.key];
      out.push({ segment, path: here, parentKey: path.at(-1) ?? null, isLeaf: segment.children.length === 0 });
      walk(segment.children, here);
    }
  };
  walk(segments, []);
  return out;
};

/** Leaves are where enterprises are placed; groups only gather them. */
export const leafSegments = (definition: ChainDefinition): SegmentNode[] => flattenSegments(definition.segments).filter((n) => n.isLeaf);

export interface DefinitionProblem {
  readonly path: string;
  readonly message: string;
}

const CLASS_CODE = /^\d{4}$/;

/** Leaf segments a chain may have (far more than any published chain map draws). */
export const MAX_LEAVES = 62;

/**
 * Structural checks a schema cannot express: unique keys, leaves with something to match on,
 * groups without match criteria (a placement always lands on a leaf), children in their
 * parent's stage, edges between existing segments. Returns every problem, not the first.
 */
export const validateChainDefinition = (definition: ChainDefinition): DefinitionProblem[] => {
  const problems: DefinitionProblem[] = [];
  const nodes = flattenSegments(definition.segments);
  const byKey = new Map<string, SegmentNode>();
  nodes.forEach((node) => {
    const where = `segments.${node.path.join(".")}`;
    if (byKey.has(node.segment.key)) problems.push({ path: where, message: `segment key "${node.segment.key}" is used twice` });
    byKey.set(node.segment.key, node);
    const parent = node.parentKey === null ? undefined : byKey.get(node.parentKey);
    if (parent && parent.segment.stage !== node.segment.stage) {
      problems.push({ path: where, message: `stage ${node.segment.stage} differs from its group's ${parent.segment.stage}` });
    }
    const { classes, keywords } = node.segment;
    if (!node.isLeaf && (classes.length > 0 || keywords.length > 0)) {
      problems.push({ path: where, message: "a group with sub-segments carries no classes or keywords: place them on a leaf" });
    }
    if (node.isLeaf && classes.length === 0 && keywords.length === 0) {
      problems.push({ path: where, message: "a leaf segment needs at least one industry class or keyword" });
    }
    const seen = new Set<string>();
    for (const c of classes) {
      if (!CLASS_CODE.test(c.code)) problems.push({ path: `${where}.classes`, message: `"${c.code}" is not a 4-digit GB/T 4754 class` });
      if (seen.has(c.code)) problems.push({ path: `${where}.classes`, message: `class ${c.code} is listed twice` });
      seen.add(c.code);
    }
    const words = new Set<string>();
    for (const k of keywords) {
      if (k.trim() === "") problems.push({ path: `${where}.keywords`, message: "empty keyword" });
      if (words.has(k)) problems.push({ path: `${where}.keywords`, message: `keyword "${k}" is listed twice` });
      words.add(k);
    }
  });
  const edgeKeys = new Set<string>();
  definition.edges.forEach((edge, i) => {
    const where = `edges.${i}`;
    if (!byKey.has(edge.from)) problems.push({ path: where, message: `edge from unknown segment "${edge.from}"` });
    if (!byKey.has(edge.to)) problems.push({ path: where, message: `edge to unknown segment "${edge.to}"` });
    if (edge.from === edge.to) problems.push({ path: where, message: "a segment cannot supply itself" });
    const id = `${edge.from}→${edge.to}`;
    if (edgeKeys.has(id)) problems.push({ path: where, message: `edge ${id} is listed twice` });
    edgeKeys.add(id);
  });
  const { placement: p } = definition;
  if (p.countFloor < p.candidateFloor) problems.push({ path: "placement.countFloor", message: "countFloor must not be below candidateFloor" });
  if (p.keywordMax < p.keywordInProducts) problems.push({ path: "placement.keywordMax", message: "keywordMax must not be below keywordInProducts" });
  const leaves = leafSegments(definition).length;
  if (leaves === 0) problems.push({ path: "segments", message: "a chain needs at least one leaf segment" });
  // Maps fold an enterprise's leaves into one 64-bit integer (services/chains/map); 62 keeps it positive.
  if (leaves > MAX_LEAVES) problems.push({ path: "segments", message: `a chain has at most ${MAX_LEAVES} leaf segments, this one has ${leaves}` });
  return problems;
};
