import type { ReactNode } from "react";
import { Segmented } from "antd";
import type { TMe } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { PageHeader } from "../../../components/PageHeader";

export const SECTIONS = ["scorecard", "indicators", "homogeneity", "land", "monitoring", "alerts"] as const;
export type Section = (typeof SECTIONS)[number];

/** Sections a user sees: homogeneity compares parks with one another, so it is the province's. */
export const sectionsFor = (me: TMe): readonly Section[] => (me.scope.kind === "province" ? SECTIONS : SECTIONS.filter((s) => s !== "homogeneity"));

/**
 * The park-evaluation workspace (Guidance orientations 1, 4 and 12, and the scorecard over all
 * 19): one header, the sections as a segmented switch.
 */
export const EvaluationShell = ({ me, section, extra, children }: { me: TMe; section: Section; extra?: ReactNode; children: ReactNode }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div data-testid={`evaluation-${section}`}>
      <PageHeader title={t("evaluation.title")} subtitle={t(`evaluation.subtitle.${section}`)} extra={extra} />
      <Segmented<Section>
        value={section}
        options={sectionsFor(me).map((s) => ({ value: s, label: t(`evaluation.section.${s}`) }))}
        onChange={(s) => void navigate(`/evaluation/${s}`)}
        style={{ marginBottom: 16 }}
      />
      {children}
    </div>
  );
};
