import { Alert, Descriptions, Flex, Tag, Tooltip, Typography } from "antd";
import type { TParkDetail } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { formatDate, formatKm2 } from "../../../lib/format";
import { useLang } from "../../../lib/i18n";
import { parkKindLabel } from "../park-kind";
import { MAX_LEADING_INDUSTRIES } from "../../../lib/kpis";

/** The park as listed in the Development Zone Audit Catalogue, with its leading industries. */
export const ParkProfile = ({ park }: { park: TParkDetail }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const over = park.leadingIndustries.length > MAX_LEADING_INDUSTRIES;
  return (
    <>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        items={[
          { key: "code", label: t("park.catalogueCode"), children: park.catalogueCode ?? "—" },
          { key: "level", label: t("park.level"), children: t(`parkLevel.${park.level}`) },
          { key: "kind", label: t("park.kind"), children: parkKindLabel(park, lang, t) },
          { key: "approved", label: t("park.approvedOn"), children: formatDate(park.approvedOn) },
          { key: "area", label: t("park.approvedArea"), children: formatKm2(park.approvedAreaKm2, lang) },
          { key: "region", label: t("park.regionCode"), children: park.regionCode ?? "—" },
          { key: "approval", label: t("park.approvalText"), children: park.approvalText ?? "—", span: 3 },
          { key: "source", label: t("park.source"), children: t(`parkSource.${park.source}`, { defaultValue: park.source }), span: 3 },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 12 }}>
        {t("park.leadingIndustries")} ({park.leadingIndustries.length})
      </Typography.Title>
      {over && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={t("park.leadingOverLimit", { n: park.leadingIndustries.length, max: MAX_LEADING_INDUSTRIES })}
        />
      )}
      {park.leadingIndustries.length === 0 ? (
        <Typography.Text type="secondary">{t("park.noLeadingIndustries")}</Typography.Text>
      ) : (
        <Flex vertical gap={6} data-testid="leading-industries">
          {park.leadingIndustries.map((l) => (
            <Flex key={l.position} gap={6} wrap align="center">
              <Typography.Text strong>
                {l.position}. {l.label}
              </Typography.Text>
              {l.industryCodes.map((code, i) => (
                <Tooltip key={code} title={t("park.gbtCode")}>
                  <Tag color="blue">
                    {code} {l.industryNames[i] ?? ""}
                  </Tag>
                </Tooltip>
              ))}
              {l.industryCodes.length === 0 && <Tag>{t("park.unmapped")}</Tag>}
            </Flex>
          ))}
        </Flex>
      )}
    </>
  );
};
