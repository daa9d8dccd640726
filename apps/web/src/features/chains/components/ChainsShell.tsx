import type { ReactNode } from "react";
import { Segmented } from "antd";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";
import { PageHeader } from "../../../components/PageHeader";

const SECTIONS = ["map", "targets", "projects", "team", "templates"] as const;
type Section = (typeof SECTIONS)[number];

const pathOf = (s: Section) => (s === "map" ? "/chains" : `/chains/${s}`);

/**
 * The industrial-chain workspace (产业链, Guidance orientation 2): chain map, investment targets,
 * project pipeline, 链长 and tasks, templates. One header with the sections; the chain and
 * park chosen travel in the URL from one section to the next.
 */
export const ChainsShell = ({ section, extra, children }: { section: Section; extra?: ReactNode; children: ReactNode }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { search } = useLocation();
  return (
    <div data-testid={`chains-${section}`}>
      <PageHeader title={t("chains.title")} subtitle={t(`chains.subtitle.${section}`)} extra={extra} />
      <Segmented<Section>
        value={section}
        options={SECTIONS.map((s) => ({ value: s, label: t(`chains.section.${s}`) }))}
        onChange={(s) => void navigate(`${pathOf(s)}${search}`)}
        style={{ marginBottom: 16 }}
      />
      {children}
    </div>
  );
};
