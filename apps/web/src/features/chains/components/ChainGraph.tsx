import { useMemo } from "react";
import type { TChainMap } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { EChart } from "../../../components/EChart";
import type { ChartOption } from "../../../lib/echarts";
import { escapeHtml } from "../../../lib/html";
import { pickText, useLang } from "../../../lib/i18n";
import "../echarts-graph";

type Node = TChainMap["nodes"][number];

export const STRENGTH_COLOUR = { strong: "#389e0d", weak: "#d48806", missing: "#cf1322" } as const;
const STAGES = ["upstream", "midstream", "downstream"] as const;
const COLUMN = 360;
const ROW = 90;

/**
 * The chain as a graph: leaf segments in three columns (up-, mid-, downstream), sized by the
 * enterprises on them and coloured strong / weak / missing; arrows say who supplies whom.
 * Clicking a segment opens its drill-down.
 */
export const ChainGraph = ({ map, onSelect }: { map: TChainMap; onSelect: (key: string) => void }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const option = useMemo((): ChartOption => {
    const leaves = map.nodes.filter((n) => n.isLeaf);
    const rows = Math.max(1, ...STAGES.map((s) => leaves.filter((n) => n.stage === s).length));
    const position = new Map<string, [number, number]>();
    for (const [col, stage] of STAGES.entries()) {
      const inStage = leaves.filter((n) => n.stage === stage);
      const offset = ((rows - inStage.length) * ROW) / 2;
      inStage.forEach((n, i) => position.set(n.key, [col * COLUMN, offset + i * ROW]));
    }
    const max = Math.max(1, ...leaves.map((n) => n.figures.enterprises));
    const label = (n: Node) => {
      const strength = n.assessment?.strength ?? "missing";
      return `${n.name}\n${t("chains.map.enterprisesN", { n: n.figures.enterprises })} · ${t(`chains.strength.${strength}`)}`;
    };
    return {
      animation: false,
      tooltip: {
        trigger: "item",
        confine: true,
        formatter: (p: unknown) => {
          const data = (p as { data?: { key?: string } }).data;
          const node = leaves.find((n) => n.key === data?.key);
          if (!node) return "";
          // Segment names come from templates a province may edit: escaped, like the reasons.
          return [`<b>${escapeHtml(node.name)}</b>`, ...(node.assessment?.reasons ?? []).map((r) => escapeHtml(pickText(r, lang)))].join("<br/>");
        },
      },
      series: [
        {
          type: "graph",
          layout: "none",
          roam: true,
          // Fill the box: ECharts scales the x/y coordinates into it (keeping their proportions).
          left: 90,
          right: 130,
          top: 50,
          bottom: 50,
          edgeSymbol: ["none", "arrow"],
          edgeSymbolSize: 8,
          lineStyle: { color: "#8c8c8c", width: 1.2, curveness: 0.15, opacity: 0.8 },
          label: { show: true, position: "bottom", fontSize: 12, lineHeight: 16, width: 150, overflow: "break" },
          data: [
            ...STAGES.map((stage, col) => ({
              name: `stage:${stage}`,
              x: col * COLUMN,
              y: -ROW,
              symbolSize: 2,
              itemStyle: { color: "transparent" },
              label: { show: true, position: "top" as const, fontSize: 14, fontWeight: "bold" as const, color: "#262626", formatter: t(`chains.stage.${stage}`) },
              tooltip: { show: false },
              silent: true,
            })),
            ...leaves.map((n) => {
              const [x, y] = position.get(n.key) ?? [0, 0];
              const strength = n.assessment?.strength ?? "missing";
              return {
                name: n.key,
                key: n.key,
                x,
                y,
                symbolSize: 22 + 38 * Math.sqrt(n.figures.enterprises / max),
                itemStyle: { color: STRENGTH_COLOUR[strength], borderColor: "#fff", borderWidth: 2 },
                label: { formatter: label(n) },
              };
            }),
          ],
          links: map.edges.filter((e) => position.has(e.from) && position.has(e.to)).map((e) => ({ source: e.from, target: e.to, ...(e.label ? { label: { show: false, formatter: e.label } } : {}) })),
        },
      ],
    };
  }, [map, t, lang]);
  return (
    <EChart
      option={option}
      height={Math.max(360, 160 + 80 * Math.max(...STAGES.map((s) => map.nodes.filter((n) => n.isLeaf && n.stage === s).length)))}
      ariaLabel={t("chains.map.graphLabel", { name: map.template.name, subject: map.subject.name })}
      onClick={(e) => {
        const key = (e.data as { key?: string } | undefined)?.key;
        if (key) onSelect(key);
      }}
      testId="chain-graph"
    />
  );
};
