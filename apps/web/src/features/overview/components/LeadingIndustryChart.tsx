import { useMemo } from "react";
import { Flex, Tag, Typography } from "antd";
import type { TParkSummary } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { leadingIndustryDistribution, MAX_LEADING_INDUSTRIES } from "../../../lib/kpis";
import styles from "./LeadingIndustryChart.module.css";

/**
 * Parks by number of declared leading industries. The Guidance (工信部联规〔2025〕189号) asks a
 * park to declare at most 3; bars over the limit are red and those parks are listed below.
 * Plain HTML bars: readable by screen readers and no charting code on the overview for six bars.
 */
export const LeadingIndustryChart = ({ parks }: { parks: readonly TParkSummary[] }) => {
  const { t } = useTranslation();
  const distribution = useMemo(() => leadingIndustryDistribution(parks), [parks]);
  const over = useMemo(
    () => parks.filter((p) => p.leadingIndustryCount > MAX_LEADING_INDUSTRIES).sort((a, b) => b.leadingIndustryCount - a.leadingIndustryCount),
    [parks],
  );
  const max = Math.max(1, ...distribution.map((d) => d.parks));
  return (
    <div data-testid="leading-distribution">
      <table className={styles.table}>
        <caption className={styles.caption}>{t("overview.leading.aria", { n: over.length, count: over.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("overview.leading.axisCount")}</th>
            <th scope="col">{t("overview.leading.axisParks")}</th>
          </tr>
        </thead>
        <tbody>
          {distribution.map((d) => {
            const isOver = d.count > MAX_LEADING_INDUSTRIES;
            return (
              <tr key={d.count} className={isOver ? styles.over : undefined} data-count={d.count}>
                <th scope="row">{d.count}</th>
                <td>
                  <span className={styles.bar} style={{ width: `${(d.parks / max) * 100}%` }} aria-hidden />
                  <span className={styles.value}>{d.parks}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Typography.Paragraph style={{ margin: "8px 0" }}>
        {over.length > 0 ? (
          <Typography.Text type="danger">{t("overview.leading.overCount", { n: over.length, count: over.length, max: MAX_LEADING_INDUSTRIES })}</Typography.Text>
        ) : (
          <Typography.Text type="success">{t("overview.leading.allWithin", { max: MAX_LEADING_INDUSTRIES })}</Typography.Text>
        )}
      </Typography.Paragraph>
      {over.length > 0 && (
        <Flex wrap gap={4} className={styles.overList} data-testid="leading-over-list">
          {over.map((p) => (
            <Link key={p.id} to={`/parks/${p.id}`}>
              <Tag color="red">
                {p.name} · {p.leadingIndustryCount}
              </Tag>
            </Link>
          ))}
        </Flex>
      )}
    </div>
  );
};
