import { useState } from "react";
import { Button, Input, message as antdMessage, Pagination, Popconfirm, Select, Space } from "antd";
import { DeleteOutlined, EditOutlined, PlusOutlined } from "@ant-design/icons";
import type { THonour, THonourInput, THonourState, TMe } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ErrorState";
import { PageHeader } from "../../../components/PageHeader";
import { Panel } from "../../../components/Panel";
import { formatNumber } from "../../../lib/format";
import { pickText, useLang } from "../../../lib/i18n";
import { toInt, useSearchState } from "../../../lib/use-search-state";
import { useCatalogue, useDeleteHonour, useHonours, useSaveHonour } from "../hooks/useGradient";
import { errorText } from "../error-text";
import { HonourForm } from "./HonourForm";
import { HonourImport } from "./HonourImport";
import { HonourTable } from "./HonourTable";
import styles from "./GradientPage.module.css";

const KEYS = ["tier", "state", "q", "page"] as const;
const STATES: readonly THonourState[] = ["valid", "expiring", "expired", "future"];
const PAGE_SIZE = 20;

/**
 * Recognised honours of the scope's enterprises: filter by title and state (expiring within 90
 * days first in line for renewal), enter or correct one by hand, import an official list.
 */
export const HonoursPage = ({ me }: { me: TMe }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const [state, update] = useSearchState(KEYS);
  const catalogue = useCatalogue();
  const honourState = STATES.find((s) => s === state.state);
  const tier = catalogue.data?.honourTiers.find((h) => h.key === state.tier)?.key;
  const page = toInt(state.page, 1);
  const list = useHonours({ page, pageSize: PAGE_SIZE, ...(tier ? { tier } : {}), ...(honourState ? { state: honourState } : {}), ...(state.q ? { q: state.q } : {}) });
  const save = useSaveHonour();
  const remove = useDeleteHonour();
  const [editing, setEditing] = useState<THonour | "new" | null>(null);
  const [message, holder] = antdMessage.useMessage();
  const fail = (e: unknown) => void message.error(errorText(e, t));
  const onSave = (input: THonourInput) =>
    save.mutate({ input, ...(editing !== "new" && editing ? { id: editing.id } : {}) }, { onSuccess: () => setEditing(null), onError: fail });

  return (
    <div data-testid="honours-page">
      {holder}
      <PageHeader
        title={t("gradient.honours.title")}
        subtitle={t("gradient.honours.subtitle")}
        extra={
          me.scope.kind !== "enterprise" && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")} data-testid="honour-add">
              {t("gradient.honours.add")}
            </Button>
          )
        }
      />
      <Panel>
        <Space wrap style={{ marginBottom: 12 }}>
          <Select
            allowClear
            placeholder={t("gradient.honours.allTiers")}
            style={{ width: 240 }}
            value={tier}
            onChange={(v) => update({ tier: v ?? null })}
            options={(catalogue.data?.honourTiers ?? []).map((h) => ({ value: h.key, label: pickText(h.label, lang) }))}
          />
          <Select allowClear placeholder={t("gradient.honours.allStates")} style={{ width: 160 }} value={honourState} onChange={(v) => update({ state: v ?? null })} options={STATES.map((s) => ({ value: s, label: t(`gradient.honours.states.${s}`) }))} />
          <Input.Search allowClear placeholder={t("gradient.honours.searchEnterprise")} defaultValue={state.q} onSearch={(q) => update({ q })} style={{ width: 260 }} />
        </Space>
        {list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <>
            <HonourTable
              honours={list.data?.items ?? []}
              showEnterprise
              {...(me.scope.kind !== "enterprise"
                ? {
                    actions: (h: THonour) => (
                      <Space size={4}>
                        <Button size="small" type="text" icon={<EditOutlined />} aria-label={t("gradient.honours.edit")} onClick={() => setEditing(h)} />
                        <Popconfirm title={t("gradient.honours.confirmDelete")} onConfirm={() => remove.mutate(h.id, { onError: fail })}>
                          <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t("gradient.honours.delete")} />
                        </Popconfirm>
                      </Space>
                    ),
                  }
                : {})}
            />
            <Pagination
              style={{ marginTop: 12, textAlign: "end" }}
              current={page}
              pageSize={PAGE_SIZE}
              total={list.data?.total ?? 0}
              showSizeChanger={false}
              hideOnSinglePage
              showTotal={(n) => t("common.totalItems", { n: formatNumber(n, lang) })}
              onChange={(p) => update({ page: p })}
            />
          </>
        )}
      </Panel>
      {me.scope.kind !== "enterprise" && (
        <Panel title={t("gradient.honours.importTitle")} className={styles.section}>
          <HonourImport />
        </Panel>
      )}
      <HonourForm open={editing !== null} honour={editing === "new" ? null : editing} saving={save.isPending} onCancel={() => setEditing(null)} onSave={onSave} />
    </div>
  );
};
