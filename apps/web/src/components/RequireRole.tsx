import type { ReactNode } from "react";
import { Button } from "antd";
import type { TMe, TRole } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMe } from "../features/auth/hooks/useMe";
import { StatusResult } from "./StatusResult";

/** Pages only some roles use; others see a plain refusal (the API refuses their data anyway). */
export const RequireRole = ({ roles, children }: { roles: readonly TRole[]; children: (me: TMe) => ReactNode }) => {
  const { t } = useTranslation();
  const me = useMe().data;
  if (!me) return null;
  if (!roles.includes(me.role)) {
    return (
      <StatusResult
        kind="forbidden"
        title={t("errors.forbidden.title")}
        hint={t("errors.forbidden.hint")}
        actions={
          <Link to="/">
            <Button type="primary">{t("common.backHome")}</Button>
          </Link>
        }
      />
    );
  }
  return <>{children(me)}</>;
};
