import { Select } from "antd";
import { useTranslation } from "react-i18next";
import { useAllParks } from "../hooks/useParks";

interface ParkFilterSelectProps {
  /** The chosen park, or undefined for all parks of the province. */
  readonly value: number | undefined;
  readonly onChange: (parkId: number | undefined) => void;
}

/** Narrows a province-wide view to one of its parks: searchable by name, cleared for all parks. */
export const ParkFilterSelect = ({ value, onChange }: ParkFilterSelectProps) => {
  const { t } = useTranslation();
  const parks = useAllParks(undefined);
  return (
    <Select<number>
      aria-label={t("park.filter")}
      allowClear
      showSearch
      optionFilterProp="label"
      placeholder={t("park.allParks")}
      loading={parks.isPending}
      value={value}
      onChange={(v) => onChange(v ?? undefined)}
      options={(parks.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
      style={{ width: 260 }}
    />
  );
};
