import { ConfigProvider } from "antd";
import enUSLocale from "antd/locale/en_US";
import zhCNLocale from "antd/locale/zh_CN";
import { QueryClientProvider } from "@tanstack/react-query";
import { BrowserRouter } from "react-router";
import { queryClient } from "./lib/query-client";
import { useLang } from "./lib/i18n";
import { AppRoutes } from "./routes";

/**
 * Zero-runtime styles: antd's CSS comes prebuilt (antd/dist/antd.css, imported in main.tsx)
 * instead of being generated in the browser on first render, which was the largest single
 * script cost in a CPU profile of the overview. Colours are antd's defaults.
 */
const THEME = { zeroRuntime: true } as const;

export const App = () => {
  const lang = useLang();
  return (
    <ConfigProvider locale={lang === "zh-CN" ? zhCNLocale : enUSLocale} theme={THEME}>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </QueryClientProvider>
    </ConfigProvider>
  );
};
