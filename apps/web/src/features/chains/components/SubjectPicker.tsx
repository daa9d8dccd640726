import { Select, Space } from "antd";
import type { TMe } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { useAllParks } from "../../parks/hooks/useParks";
import type { useChainSelection } from "../hooks/useChainSelection";

/** Chain selector, and for province accounts the whole province or one of its parks. */
export const SubjectPicker = ({ me, selection }: { me: TMe; selection: ReturnType<typeof useChainSelection> }) => {
  const { t } = useTranslation();
  const province = me.scope.kind === "province";
  const parks = useAllParks(undefined, province);
  return (
    <Space wrap>
      <Select
        aria-label={t("chains.pick.chain")}
        style={{ minWidth: 200 }}
        value={selection.chain ?? undefined}
        loading={selection.templatesLoading}
        options={selection.chains.map((c) => ({ value: c.code, label: c.provinceCode ? `${c.name}（${t("chains.templates.provinceCopy")} v${c.version}）` : c.name }))}
        onChange={selection.setChain}
        data-testid="chain-select"
      />
      {province && (
        <Select
          aria-label={t("chains.pick.subject")}
          style={{ minWidth: 260 }}
          showSearch
          optionFilterProp="label"
          value={selection.parkId ?? 0}
          loading={parks.isPending}
          options={[{ value: 0, label: t("chains.pick.wholeProvince") }, ...(parks.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))]}
          onChange={(v: number) => selection.setPark(v === 0 ? null : v)}
          data-testid="subject-select"
        />
      )}
    </Space>
  );
};
