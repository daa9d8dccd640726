import { Alert } from "antd";
import type { TMe } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { Panel } from "../../../components/Panel";
import { PageHeader } from "../../../components/PageHeader";
import { ImportHistory } from "./ImportHistory";
import { TemplateDownloads } from "./TemplateDownloads";
import { UploadPanel } from "./UploadPanel";
import styles from "./ImportPage.module.css";

/** Bulk data in: templates, an all-or-nothing upload with every row error, and the history. */
export const ImportPage = ({ me }: { me: TMe }) => {
  const { t } = useTranslation();
  return (
    <div data-testid="import-page">
      <PageHeader title={t("imports.title")} subtitle={t("imports.scope", { scope: me.scopeName })} />
      <Alert type="info" showIcon className={styles.notice} title={t("imports.allOrNothing")} description={t("imports.allOrNothingDetail")} data-testid="all-or-nothing" />
      <div className={styles.grid}>
        <Panel title={t("imports.upload")}>
          <UploadPanel />
        </Panel>
        <Panel title={t("imports.templates")}>
          <TemplateDownloads />
        </Panel>
      </div>
      <Panel title={t("imports.history")} className={styles.section}>
        <ImportHistory />
      </Panel>
    </div>
  );
};
