import { useEffect, useRef } from "react";
import { echarts, type ChartOption } from "../lib/echarts";

type EChartsInstance = ReturnType<typeof echarts.init>;

export interface ChartClick {
  readonly seriesName?: string;
  readonly dataIndex: number;
  readonly data: unknown;
}

/** An item under the pointer, with the pointer's position inside the chart (for own tooltips). */
export interface ChartHover extends ChartClick {
  readonly x: number;
  readonly y: number;
}

interface EChartProps {
  readonly option: ChartOption;
  readonly height: number | string;
  /** What the chart shows, for screen readers (the canvas itself is opaque). */
  readonly ariaLabel: string;
  readonly onClick?: (event: ChartClick) => void;
  /** The item under the pointer, or null when it leaves. */
  readonly onHover?: (event: ChartHover | null) => void;
  /** Called once the first frame with this option has been drawn. */
  readonly onRendered?: () => void;
  readonly testId?: string;
}

/**
 * A thin React wrapper around one ECharts instance: created once, option replaced on change,
 * resized with its container (the layout reflows at 1366 px and when the menu collapses).
 */
export const EChart = ({ option, height, ariaLabel, onClick, onHover, onRendered, testId }: EChartProps) => {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsInstance | null>(null);
  const handlers = useRef({ onClick, onHover, onRendered });
  handlers.current = { onClick, onHover, onRendered };

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const instance = echarts.init(el, undefined, { renderer: "canvas" });
    chart.current = instance;
    instance.on("click", (params) => {
      const p = params as { seriesName?: string; dataIndex: number; data: unknown };
      handlers.current.onClick?.({ seriesName: p.seriesName, dataIndex: p.dataIndex, data: p.data });
    });
    instance.on("mouseover", (params) => {
      const p = params as { seriesName?: string; dataIndex: number; data: unknown; event?: { offsetX?: number; offsetY?: number } };
      handlers.current.onHover?.({ seriesName: p.seriesName, dataIndex: p.dataIndex, data: p.data, x: p.event?.offsetX ?? 0, y: p.event?.offsetY ?? 0 });
    });
    instance.on("mouseout", () => handlers.current.onHover?.(null));
    instance.on("georoam", () => handlers.current.onHover?.(null));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = chart.current;
    if (!instance) return;
    const finished = () => {
      instance.off("finished", finished);
      handlers.current.onRendered?.();
    };
    instance.on("finished", finished);
    instance.setOption(option, { notMerge: true });
    return () => {
      instance.off("finished", finished);
    };
  }, [option]);

  return <div ref={ref} role="img" aria-label={ariaLabel} style={{ width: "100%", height, position: "relative" }} data-testid={testId} />;
};
