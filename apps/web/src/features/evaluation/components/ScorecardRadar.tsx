import { useMemo } from "react";
import type { TParkScorecard } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { EChart } from "../../../components/EChart";
import { pickText, useLang } from "../../../lib/i18n";
import { asChartOption } from "../echarts-evaluation";

/** The park's scores on the 7 dimensions (0–100); unknown dimensions sit at 0 with the axis named "—". */
export const ScorecardRadar = ({ card }: { card: TParkScorecard }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const option = useMemo(
    () =>
      asChartOption({
        tooltip: {},
        radar: {
          radius: "65%",
          indicator: card.dimensions.map((d) => ({ name: `${d.id} ${pickText(d.name, lang)}${d.score === null ? " —" : ""}`, max: 100 })),
          axisName: { fontSize: 11 },
        },
        series: [
          {
            type: "radar",
            name: card.parkName,
            areaStyle: { opacity: 0.2 },
            data: [{ name: card.parkName, value: card.dimensions.map((d) => Math.round(d.score ?? 0)) }],
          },
        ],
      }),
    [card, lang],
  );
  return <EChart option={option} height={300} ariaLabel={t("evaluation.scorecard.radarAria", { park: card.parkName })} testId="scorecard-radar" />;
};
