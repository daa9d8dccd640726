import { Component, type ErrorInfo, type ReactNode } from "react";
import { Button } from "antd";
import { useTranslation } from "react-i18next";
import { StatusResult } from "./StatusResult";

const Fallback = () => {
  const { t } = useTranslation();
  return (
    <StatusResult
      kind="error"
      title={t("errors.crashed.title")}
      hint={t("errors.crashed.hint")}
      actions={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t("common.reload")}
        </Button>
      }
    />
  );
};

/** A rendering fault shows a plain message with a reload button, never a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error("ParkPilot: a page failed to render", error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? <Fallback /> : this.props.children;
  }
}
