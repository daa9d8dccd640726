import { Descriptions, Space, Typography } from "antd";
import type { TIndicatorMeta, TPolicyCitation } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { labelColon } from "../../../lib/format";
import { pickText, useLang } from "../../../lib/i18n";
import { indicatorFigure, thresholdLines } from "../indicator-format";
import { CitationTag } from "./CitationTag";
import { useOrientationName } from "../hooks/useOrientationName";

/** A citation as the document number (linked, with the uncertain mark) and the article in words. */
const Cited = ({ citation }: { citation: TPolicyCitation }) => (
  <Space size={4} wrap>
    <CitationTag citation={citation} />
    <Typography.Text>{`${citation.title} · ${citation.article}`}</Typography.Text>
  </Space>
);

/**
 * One catalogue indicator explained: formula, direction, the excellent and alarm lines with the
 * document they come from, data source, responsible body, frequency, levels, orientations and the
 * indicator's own citation.
 */
export const IndicatorExplanation = ({ meta }: { meta: TIndicatorMeta }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const orientationName = useOrientationName();
  const lines = thresholdLines(meta);
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered data-testid={`indicator-explanation-${meta.key}`}>
      <Descriptions.Item label={t("evaluation.indicators.explain.formula")} span={2}>
        {pickText(meta.formulaText, lang)}
      </Descriptions.Item>
      <Descriptions.Item label={t("evaluation.indicators.explain.direction")}>{t(`evaluation.indicators.explain.directions.${meta.direction}`)}</Descriptions.Item>
      <Descriptions.Item label={t("evaluation.indicators.explain.thresholds")}>
        <div data-testid="indicator-thresholds">
          {lines.length === 0
            ? t("evaluation.indicators.explain.noThresholds")
            : lines.map((l) => (
                <div key={l.kind}>
                  {t(`evaluation.indicators.explain.${l.kind}Line`)}
                  {labelColon(lang)}
                  {`${l.op} ${indicatorFigure(l.value, meta.unit, lang, "threshold")}`}
                </div>
              ))}
        </div>
      </Descriptions.Item>
      {meta.thresholdCitation && (
        <Descriptions.Item label={t("evaluation.indicators.explain.thresholdBasis")} span={2}>
          <Cited citation={meta.thresholdCitation} />
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t("evaluation.indicators.explain.dataSource")}>{t(`evaluation.indicators.explain.dataSources.${meta.dataSource}`)}</Descriptions.Item>
      <Descriptions.Item label={t("evaluation.indicators.explain.owner")}>{pickText(meta.owner, lang)}</Descriptions.Item>
      <Descriptions.Item label={t("evaluation.indicators.explain.frequency")}>{t(`evaluation.indicators.explain.frequencies.${meta.frequency}`)}</Descriptions.Item>
      <Descriptions.Item label={t("evaluation.indicators.explain.levels")}>
        {meta.levels.map((l) => (l === "enterprise" || l === "park" || l === "region" || l === "province" ? t(`evaluation.indicators.explain.levelNames.${l}`) : l)).join(lang === "zh-CN" ? "、" : ", ")}
      </Descriptions.Item>
      <Descriptions.Item label={t("evaluation.indicators.explain.orientations")} span={2}>
        {meta.orientations.map((o) => `${t("evaluation.indicators.orientationTag", { n: o })} ${orientationName(o)}`).join(lang === "zh-CN" ? "；" : "; ")}
      </Descriptions.Item>
      <Descriptions.Item label={t("evaluation.indicators.explain.citation")} span={2}>
        <span data-testid="indicator-citation">
          <Cited citation={meta.citation} />
        </span>
      </Descriptions.Item>
    </Descriptions>
  );
};
