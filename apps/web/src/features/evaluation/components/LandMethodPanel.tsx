import { useState } from "react";
import { Alert, Button, message as antdMessage, Select, Space, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Panel } from "../../../components/Panel";
import { describeError } from "../../../lib/errors";
import { pickText, useLang } from "../../../lib/i18n";
import { useChooseLandRuleSet, useEvaluationSettings } from "../hooks/useEvaluation";
import { CitationTag } from "./CitationTag";

/**
 * The province's per-mu method: which rule set classes its enterprises (with its document), whether
 * the province chose it or it is the default, and the shipped ones to adopt instead. Adopting one
 * recomputes the evaluation, so the classes on the page are the new method's.
 */
export const LandMethodPanel = () => {
  const { t } = useTranslation();
  const lang = useLang();
  const settings = useEvaluationSettings(true);
  const choose = useChooseLandRuleSet();
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const [message, holder] = antdMessage.useMessage();
  const s = settings.data;
  if (!s) return null;
  const current = s.landRuleSet;
  const selected = picked ?? current.id;
  return (
    <div style={{ marginBottom: 16 }}>
      <Panel title={t("evaluation.land.methodTitle")} testId="land-method">
        {holder}
        <Space direction="vertical" size={8} style={{ width: "100%" }}>
          <Space wrap size={6}>
            <Typography.Text strong>{pickText(current.title, lang)}</Typography.Text>
            <Typography.Text type="secondary">{pickText(current.jurisdiction, lang)}</Typography.Text>
            <CitationTag citation={current.citation} />
            <Tag color={s.chosen ? "green" : "orange"}>{t(s.chosen ? "evaluation.land.methodChosen" : "evaluation.land.methodDefault")}</Tag>
          </Space>
          {!s.chosen && <Alert type="info" showIcon title={t("evaluation.land.methodDefaultHint")} />}
          <Space wrap>
            <Select<string>
              aria-label={t("evaluation.land.methodPick")}
              style={{ minWidth: 280 }}
              value={selected}
              onChange={setPicked}
              options={s.available.map((r) => ({ value: r.id, label: `${pickText(r.title, lang)}（${pickText(r.jurisdiction, lang)}）` }))}
            />
            <Button
              type="primary"
              loading={choose.isPending}
              disabled={selected === current.id && s.chosen}
              onClick={() =>
                choose.mutate(selected, {
                  onSuccess: () => {
                    setPicked(undefined);
                    void message.success(t("evaluation.land.methodAdopted"));
                  },
                  onError: (e) => {
                    const plain = describeError(e, t);
                    void message.error(`${plain.title} ${plain.hint}`);
                  },
                })
              }
            >
              {t("evaluation.land.methodAdopt")}
            </Button>
          </Space>
        </Space>
      </Panel>
    </div>
  );
};
