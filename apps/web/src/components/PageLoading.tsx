import { Spin } from "antd";
import { useTranslation } from "react-i18next";

/** Full-area spinner while a page or its first data loads. */
export const PageLoading = ({ tip }: { tip?: string }) => {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite" style={{ display: "flex", justifyContent: "center", alignItems: "center", minHeight: 240, width: "100%" }}>
      <Spin size="large" description={tip ?? t("common.loading")} />
    </div>
  );
};
