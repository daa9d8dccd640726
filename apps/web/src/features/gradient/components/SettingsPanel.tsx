import { useState } from "react";
import { Button, Input, InputNumber, message as antdMessage, Space, Switch, Table, Typography } from "antd";
import type { TGradientSettings } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ErrorState";
import { PageLoading } from "../../../components/PageLoading";
import { Panel } from "../../../components/Panel";
import { pickText, useLang } from "../../../lib/i18n";
import { useSaveSettings, useSettings } from "../hooks/useGradient";
import { errorText } from "../error-text";
import styles from "./GradientPage.module.css";

type Tunable = TGradientSettings["tunable"][number];
type Draft = { parameters: Record<string, number | boolean>; number: string; title: string; article: string };

const draftOf = (settings: TGradientSettings, rs: Tunable): Draft => {
  const o = settings.overlays.find((x) => x.ruleSetId === rs.ruleSetId);
  return {
    parameters: Object.fromEntries(rs.parameters.map((p) => [p.id, p.value])),
    number: o?.document.number ?? "",
    title: o?.document.title ?? "",
    article: o?.article ?? "",
  };
};

/**
 * Local rule parameters of the province (瞪羚 and 独角兽 thresholds and options), applied through
 * the engine's overlays: the rule set keeps its structure, the province's document is cited for
 * each value it changes. Also the day of year Y + 1 on which year Y is evaluated.
 */
export const SettingsPanel = () => {
  const { t } = useTranslation();
  const lang = useLang();
  const settings = useSettings(true);
  const save = useSaveSettings();
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [day, setDay] = useState<string | null>(null);
  const [message, holder] = antdMessage.useMessage();
  if (settings.isPending) return <PageLoading />;
  if (settings.isError) return <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />;
  const s = settings.data;
  const draft = (rs: Tunable) => drafts[rs.ruleSetId] ?? draftOf(s, rs);
  const setDraft = (rs: Tunable, patch: Partial<Draft>) => setDrafts({ ...drafts, [rs.ruleSetId]: { ...draft(rs), ...patch } });
  const fail = (e: unknown) => void message.error(errorText(e, t));
  const apply = (rs: Tunable, reset: boolean) => {
    const d = draft(rs);
    // Only the values the province changes: each is cited with the province's document, so an
    // unchanged default must keep citing the shipped rule's own source.
    const changed: Record<string, number | boolean> = {};
    for (const p of rs.parameters) {
      const v = d.parameters[p.id];
      if (v !== undefined && v !== p.defaultValue) changed[p.id] = v;
    }
    save.mutate(
      {
        overlays: [
          {
            ruleSetId: rs.ruleSetId,
            name: { zh: `${s.provinceCode}省口径`, en: `Province ${s.provinceCode} rule` },
            document: { number: d.number || "—", title: d.title || "—" },
            article: d.article || "—",
            parameters: reset ? {} : changed,
          },
        ],
      },
      { onSuccess: () => setDrafts(Object.fromEntries(Object.entries(drafts).filter(([id]) => id !== rs.ruleSetId))), onError: fail },
    );
  };
  // One rule set id can ship several versions; the parameters are edited once per id.
  const tunable = s.tunable.filter((rs, i) => s.tunable.findIndex((x) => x.ruleSetId === rs.ruleSetId) === i);
  return (
    <Panel title={t("gradient.settings.title")} className={styles.section} testId="gradient-settings">
      {holder}
      <Space style={{ marginBottom: 12 }} wrap>
        <Typography.Text>{t("gradient.settings.evaluationDay")}</Typography.Text>
        <Input style={{ width: 90 }} value={day ?? s.evaluationDay} onChange={(e) => setDay(e.target.value)} aria-label={t("gradient.settings.evaluationDay")} />
        <Button size="small" disabled={day === null || day === s.evaluationDay} loading={save.isPending} onClick={() => day && save.mutate({ evaluationDay: day }, { onSuccess: () => setDay(null), onError: fail })}>
          {t("common.save")}
        </Button>
        <Typography.Text type="secondary">{t("gradient.settings.evaluationDayHint")}</Typography.Text>
      </Space>
      {tunable.map((rs) => {
        const d = draft(rs);
        const overlaid = s.overlays.some((o) => o.ruleSetId === rs.ruleSetId);
        return (
          <div key={rs.ruleSetId} style={{ marginBottom: 16 }}>
            <Typography.Title level={5}>
              {pickText(rs.title, lang)} {overlaid && <Typography.Text type="warning">{t("gradient.settings.overlaid")}</Typography.Text>}
            </Typography.Title>
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={rs.parameters}
              columns={[
                { title: t("gradient.settings.parameter"), key: "label", render: (_, p) => pickText(p.label, lang) },
                { title: t("gradient.settings.default"), key: "default", width: 120, render: (_, p) => (typeof p.defaultValue === "boolean" ? (p.defaultValue ? t("common.yes") : t("common.no")) : `${p.defaultValue.toLocaleString(lang)} ${pickText(p.unit, lang)}`.trim()) },
                {
                  title: t("gradient.settings.value"),
                  key: "value",
                  width: 180,
                  render: (_, p) => {
                    const v = d.parameters[p.id] ?? p.value;
                    return typeof v === "boolean" ? (
                      <Switch checked={v} onChange={(c) => setDraft(rs, { parameters: { ...d.parameters, [p.id]: c } })} aria-label={pickText(p.label, lang)} />
                    ) : (
                      <InputNumber value={v} addonAfter={pickText(p.unit, lang) || undefined} onChange={(n) => n !== null && setDraft(rs, { parameters: { ...d.parameters, [p.id]: n } })} aria-label={pickText(p.label, lang)} />
                    );
                  },
                },
              ]}
            />
            <Space wrap style={{ marginTop: 8 }}>
              <Input placeholder={t("gradient.settings.docNumber")} value={d.number} onChange={(e) => setDraft(rs, { number: e.target.value })} style={{ width: 200 }} />
              <Input placeholder={t("gradient.settings.docTitle")} value={d.title} onChange={(e) => setDraft(rs, { title: e.target.value })} style={{ width: 260 }} />
              <Input placeholder={t("gradient.settings.article")} value={d.article} onChange={(e) => setDraft(rs, { article: e.target.value })} style={{ width: 140 }} />
              <Button type="primary" size="small" loading={save.isPending} disabled={!d.number || !d.title || !d.article} onClick={() => apply(rs, false)}>
                {t("gradient.settings.apply")}
              </Button>
              {overlaid && (
                <Button size="small" onClick={() => apply(rs, true)}>
                  {t("gradient.settings.reset")}
                </Button>
              )}
            </Space>
          </div>
        );
      })}
    </Panel>
  );
};
