import { Button } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { StatusResult } from "./StatusResult";

export const NotFoundPage = () => {
  const { t } = useTranslation();
  return (
    <StatusResult
      kind="notFound"
      title={t("errors.pageNotFound.title")}
      hint={t("errors.pageNotFound.hint")}
      actions={
        <Link to="/">
          <Button type="primary">{t("common.backHome")}</Button>
        </Link>
      }
    />
  );
};
