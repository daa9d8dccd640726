import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { setupI18n } from "./lib/i18n";
import { preloadPage } from "./routes";
import "antd/dist/antd.css";
import "./styles.css";

setupI18n();
preloadPage(window.location.pathname);

const root = document.getElementById("root");
if (!root) throw new Error("#root is missing from index.html");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
