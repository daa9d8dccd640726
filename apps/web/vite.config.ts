import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

/** Names shared (non-page) chunks after the library most of their code comes from (else Rolldown's name). */
const VENDORS: readonly [RegExp, string][] = [
  [/node_modules[\\/](echarts|zrender)[\\/]/, "echarts"],
  [/node_modules[\\/](antd|@ant-design|@rc-component)[\\/]/, "antd"],
];
const chunkName = (chunk: { name: string; moduleIds: readonly string[]; isEntry: boolean; isDynamicEntry: boolean }): string => {
  if (chunk.isEntry || chunk.isDynamicEntry) return "assets/[name]-[hash].js";
  for (const [test, vendor] of VENDORS) {
    const hits = chunk.moduleIds.filter((id) => test.test(id)).length;
    if (hits > chunk.moduleIds.length / 2) return `assets/${vendor}-[hash].js`;
  }
  return "assets/[name]-[hash].js";
};

/**
 * `npm run dev -w @parkpilot/web` serves the app with hot reload on :5173 and forwards /api to
 * the server (npm start, :3000 unless PARKPILOT_API says otherwise), so the session cookie is
 * same-origin as in production. `vite build` writes dist/, which the server serves at /.
 *
 * Chunks: one page per chunk (React.lazy); React and its companions in one vendor chunk; Ant
 * Design and ECharts split by Rolldown along the pages that use them (chunks named antd-* and
 * echarts-*), so a page downloads only the components it draws: the login page no ECharts at
 * all, the overview no table or cartesian charts. manifest.json lets
 * bench/web-overview.bench.ts compute each page's initial JS.
 */
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { "/api": { target: process.env.PARKPILOT_API ?? "http://localhost:3000" } },
  },
  build: {
    manifest: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        chunkFileNames: chunkName,
        codeSplitting: {
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|i18next|react-i18next)[\\/]/, priority: 2 },
          ],
        },
      },
    },
  },
});
