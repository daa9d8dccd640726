import { Tag, Tooltip } from "antd";
import { useTranslation } from "react-i18next";

/** 演示数据 / Generated: shown wherever a record comes from the demo generator. */
export const GeneratedBadge = () => {
  const { t } = useTranslation();
  return (
    <Tooltip title={t("common.generatedHint")}>
      <Tag color="orange" data-testid="generated-badge" style={{ marginInlineEnd: 0 }}>
        {t("common.generated")}
      </Tag>
    </Tooltip>
  );
};
