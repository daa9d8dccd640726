
import { useTranslation } from "react-i18next";
import { Panel } from "../../../components/Panel";
import { PageHeader } from "../../../components/PageHeader";
import { useMe } from "../../auth/hooks/useMe";
import { EnterpriseTable } from "./EnterpriseTable";

/** All enterprises the user may see (the province, or the user's park). */
export const EnterpriseListPage = () => {
  const { t } = useTranslation();
  const me = useMe().data;
  const province = me?.scope.kind === "province";
  return (
    <div data-testid="enterprise-list-page">
      <PageHeader title={t("nav.enterprises")} subtitle={me?.scopeName} />
      <Panel>
        <EnterpriseTable showPark={province} exportName={me?.scopeName ?? "ParkPilot"} />
      </Panel>
    </div>
  );
};
