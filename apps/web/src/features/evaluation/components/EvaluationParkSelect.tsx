import { Select } from "antd";
import type { TParkRanking } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";

interface EvaluationParkSelectProps {
  readonly parks: TParkRanking["items"] | undefined;
  readonly value: number | undefined;
  readonly onChange: (parkId: number) => void;
}

/** A province's choice of the park an evaluation page shows, searchable by name. */
export const EvaluationParkSelect = ({ parks, value, onChange }: EvaluationParkSelectProps) => {
  const { t } = useTranslation();
  return (
    <Select<number>
      showSearch
      optionFilterProp="label"
      style={{ width: 260 }}
      placeholder={t("evaluation.selectPark")}
      value={value}
      onChange={onChange}
      options={(parks ?? []).map((p) => ({ value: p.parkId, label: p.name }))}
      aria-label={t("evaluation.park")}
    />
  );
};
