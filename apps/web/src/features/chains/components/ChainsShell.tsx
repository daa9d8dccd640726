import type { ReactNode } from "react";
import { Alert, Segmented } from "antd";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";
import { PageHeader } from "../../../components/PageHeader";
import { useMe } from "../../auth/hooks/useMe";

const SECTIONS = ["map", "targets", "projects", "team", "templates"] as const;
type Section = (typeof SECTIONS)[number];

const pathOf = (s: Section) => (s === "map" ? "/chains" : `/chains/${s}`);

/**
 * The industrial-chain workspace (产业链, Guidance orientation 2): chain map, investment targets,
 * project pipeline, 链长 and tasks, templates. One header with the sections; the chain and
 * park chosen travel in the URL from one section to the next. A park account that follows a link
 * to another park (?park=…) is told it sees its own park instead.
 */
export const ChainsShell = ({ section, extra, children }: { section: Section; extra?: ReactNode; children: ReactNode }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { search } = useLocation();
  const me = useMe().data;
  const askedPark = new URLSearchParams(search).get("park");
  const foreignPark = me?.scope.kind === "park" && askedPark !== null && askedPark !== String(me.scope.parkId);
  return (
    <div data-testid={`chains-${section}`}>
      <PageHeader title={t("chains.title")} subtitle={t(`chains.subtitle.${section}`)} extra={extra} />
      <Segmented<Section>
        value={section}
        options={SECTIONS.map((s) => ({ value: s, label: t(`chains.section.${s}`) }))}
        onChange={(s) => void navigate(`${pathOf(s)}${search}`)}
        style={{ marginBottom: 16 }}
      />
      {foreignPark && <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t("chains.foreignPark")} data-testid="chains-foreign-park" />}
      {children}
    </div>
  );
};
