import { Typography } from "antd";
import type { TIndicatorValue } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../../lib/format";
import { useLang } from "../../../lib/i18n";
import { unknownWording } from "../indicator-format";

/**
 * Why an indicator value is unknown, in the API's words for it (core parkUnknownReason) with the
 * counts it rests on: "未知：80 家企业均未报送计算所需数据". The indicator table and the monitoring
 * page's headline cards say it alike.
 */
export const UnknownReasonText = ({ reason, className, testId }: { reason: NonNullable<TIndicatorValue["unknown"]>; className?: string; testId?: string }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const why = unknownWording(reason);
  // The sentence's plural follows the count it names: the population, else the reporters.
  const count = why.of ?? why.n;
  return (
    <Typography.Text type="secondary" className={className} data-testid={testId} data-reason={reason.code}>
      {t(`evaluation.indicators.unknownReason.${why.key}`, { n: formatNumber(why.n, lang), of: formatNumber(why.of, lang), ...(count === null ? {} : { count }) })}
    </Typography.Text>
  );
};
