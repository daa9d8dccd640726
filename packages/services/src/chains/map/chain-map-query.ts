import { sql, type SQL } from "drizzle-orm";
import { flattenSegments, leafSegments, type ChainDefinition, type LeaderCandidate, type NodeFigures } from "@parkpilot/core";
import { rowsOf, type DbOrTx } from "@parkpilot/db";

/** The node key the whole chain's distinct totals are gathered under. */
export const CHAIN_NODE = "__chain__";

/**
 * A placement counts when a person confirmed it, or the machine placed it at or above the count
 * floor. Written with IS [NOT] DISTINCT FROM so it is true or false, never NULL (NOT NULL would
 * drop pending placements from their count).
 */
export const countedSql = (countFloor: number): SQL =>
  sql`(cp.override IS NOT DISTINCT FROM 'confirmed' OR (cp.override IS NULL AND cp.confidence >= ${countFloor}))`;

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const add = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : a + b);

export interface ChainMapData {
  readonly figures: Map<string, NodeFigures>;
  readonly leaderCandidates: Omit<LeaderCandidate, "segmentName" | "stage">[];
}

interface Combo {
  counted: bigint;
  pending: bigint;
  n: number;
  scale: number | null;
  output: number | null;
  revenue: number | null;
  tiered: number;
}

/**
 * Figures of every segment (leaf or group) and of the whole chain over distinct enterprises,
 * plus the chain-leader candidates, in one pass. Each enterprise's placements on the chain are
 * folded, together with its annual figures and honours, into one row with two bit masks (leaves
 * where it counts, leaves where it awaits confirmation); the rows are then grouped by mask pair,
 * which leaves a few dozen groups. Enterprises at or above the leader revenue bar keep a group of
 * their own, so the candidates come out of the same pass. A node counts an enterprise when the
 * enterprise counts on any leaf below it (once, however many), so groups and the chain total
 * never double-count. Scale is Σ 工业总产值, with 营业收入 for an enterprise reporting no output.
 * (No CTE: PostgreSQL plans the joins in parallel only when the per-enterprise fold is inline.)
 */
export const queryChainMapData = async (
  db: DbOrTx,
  args: {
    definition: ChainDefinition;
    enterprises: SQL;
    year: number | null;
    today: string;
    leaders: { minRevenue: number; eligible: readonly string[]; perSegment: number };
  },
): Promise<ChainMapData> => {
  const { definition } = args;
  const leaves = leafSegments(definition).map((n) => n.segment.key);
  const bit = new Map(leaves.map((key, i) => [key, 1n << BigInt(i)]));
  const counted = countedSql(definition.placement.countFloor);
  const leaf = sql`(1::bigint << (array_position(${sql.param(leaves)}::text[], cp.segment_key::text) - 1))`;
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      SELECT x.counted_mask::text AS counted_mask, x.pending_mask::text AS pending_mask, x.leader_id, count(*)::int AS n,
             sum(coalesce(x.output, x.revenue)) AS scale, sum(x.output) AS output, sum(x.revenue) AS revenue, count(*) FILTER (WHERE x.tiered)::int AS tiered
        FROM (
          SELECT cp.enterprise_id,
                 bit_or(CASE WHEN ${counted} THEN ${leaf} ELSE 0::bigint END) AS counted_mask,
                 bit_or(CASE WHEN ${counted} THEN 0::bigint ELSE ${leaf} END) AS pending_mask,
                 max(a.industrial_output) AS output, max(a.revenue) AS revenue, bool_or(h.enterprise_id IS NOT NULL) AS tiered,
                 CASE WHEN max(a.revenue) >= ${args.leaders.minRevenue} THEN cp.enterprise_id END AS leader_id
            FROM chain_placements cp
            JOIN enterprises ON enterprises.id = cp.enterprise_id
            LEFT JOIN enterprise_annual a ON a.enterprise_id = cp.enterprise_id AND a.year = ${args.year ?? -1}
            LEFT JOIN (SELECT DISTINCT enterprise_id FROM enterprise_honours
                        WHERE valid_from <= ${args.today} AND (valid_until IS NULL OR valid_until >= ${args.today})) h ON h.enterprise_id = cp.enterprise_id
           WHERE cp.template_code = ${definition.code} AND ${args.enterprises} AND cp.override IS DISTINCT FROM 'rejected'
           GROUP BY cp.enterprise_id
        ) x
       WHERE x.counted_mask IS NOT NULL
       GROUP BY x.counted_mask, x.pending_mask, x.leader_id`),
  );

  // A placement on a segment the template no longer has folds to NULL and is left out.
  const combos: Combo[] = rows.map((r) => ({
    counted: BigInt(String(r.counted_mask)),
    pending: BigInt(String(r.pending_mask ?? "0")),
    n: Number(r.n),
    scale: num(r.scale),
    output: num(r.output),
    revenue: num(r.revenue),
    tiered: Number(r.tiered),
  }));
  // Leader candidates: the enterprises above the bar, the largest `perSegment` per eligible leaf.
  const above = rows
    .filter((r) => r.leader_id !== null && r.leader_id !== undefined)
    .map((r) => ({ enterpriseId: Number(r.leader_id), counted: BigInt(String(r.counted_mask)), revenue: num(r.revenue) ?? 0 }))
    .sort((a, b) => b.revenue - a.revenue || a.enterpriseId - b.enterpriseId);
  const leaderRows = args.leaders.eligible.flatMap((key) =>
    above
      .filter((c) => (c.counted & (bit.get(key) ?? 0n)) !== 0n)
      .slice(0, args.leaders.perSegment)
      .map((c) => ({ segmentKey: key, enterpriseId: c.enterpriseId, revenue: c.revenue })),
  );

  const figures = new Map<string, NodeFigures>();
  const nodes = flattenSegments(definition.segments).map((n) => ({
    key: n.segment.key,
    mask: leaves.reduce((m, key) => (flattenSegments([n.segment]).some((x) => x.segment.key === key) ? m | (bit.get(key) ?? 0n) : m), 0n),
  }));
  nodes.push({ key: CHAIN_NODE, mask: leaves.reduce((m, key) => m | (bit.get(key) ?? 0n), 0n) });
  for (const node of nodes) {
    let f: NodeFigures = { enterprises: 0, scale: null, output: null, revenue: null, tiered: 0, pending: 0 };
    for (const c of combos) {
      if ((c.counted & node.mask) !== 0n) {
        f = { ...f, enterprises: f.enterprises + c.n, scale: add(f.scale, c.scale), output: add(f.output, c.output), revenue: add(f.revenue, c.revenue), tiered: f.tiered + c.tiered };
      } else if ((c.pending & node.mask) !== 0n) f = { ...f, pending: f.pending + c.n };
    }
    if (f.enterprises > 0 || f.pending > 0) figures.set(node.key, f);
  }

  const names = leaderRows.length
    ? new Map(
        rowsOf<{ id: number; name: string }>(
          await db.execute(sql`SELECT id, name FROM enterprises WHERE id = ANY(${sql.param(leaderRows.map((l) => l.enterpriseId))}::int[])`),
        ).map((r) => [Number(r.id), String(r.name)]),
      )
    : new Map<number, string>();
  const leaderCandidates = leaderRows.map((l) => ({ ...l, name: names.get(l.enterpriseId) ?? "" }));
  return { figures, leaderCandidates };
};
