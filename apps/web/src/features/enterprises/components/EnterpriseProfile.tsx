import { Descriptions } from "antd";
import type { TEnterpriseDetail } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate, formatMoneyWan } from "../../../lib/format";
import { useLang } from "../../../lib/i18n";

export const EnterpriseProfile = ({ enterprise: e, canOpenPark }: { enterprise: TEnterpriseDetail; canOpenPark: boolean }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const yesNo = (v: boolean | null) => (v === null ? "—" : v ? t("common.yes") : t("common.no"));
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 2, lg: 3 }}
      items={[
        { key: "code", label: t("enterprise.creditCode"), children: <span className="num">{e.creditCode}</span> },
        {
          key: "park",
          label: t("enterprise.park"),
          children: e.parkId && e.parkName ? canOpenPark ? <Link to={`/parks/${e.parkId}`}>{e.parkName}</Link> : e.parkName : "—",
        },
        { key: "industry", label: t("enterprise.industry"), children: e.industryCode ? `${e.industryCode} ${e.industryName ?? ""}` : "—" },
        { key: "status", label: t("enterprise.status"), children: t(`operatingStatus.${e.operatingStatus}`) },
        { key: "size", label: t("enterprise.aboveDesignatedSize"), children: yesNo(e.aboveDesignatedSize) },
        { key: "listed", label: t("enterprise.listed"), children: yesNo(e.listed) },
        { key: "founded", label: t("enterprise.foundedOn"), children: formatDate(e.foundedOn) },
        { key: "capital", label: t("enterprise.registeredCapital"), children: formatMoneyWan(e.registeredCapital, lang) },
        { key: "region", label: t("enterprise.regionCode"), children: e.regionCode ?? "—" },
        { key: "products", label: t("enterprise.mainProducts"), children: e.mainProducts ?? "—", span: 3 },
        { key: "scope", label: t("enterprise.businessScope"), children: e.businessScope ?? "—", span: 3 },
      ]}
    />
  );
};
