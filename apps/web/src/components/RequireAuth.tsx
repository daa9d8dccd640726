import { useEffect } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { Navigate, useLocation } from "react-router";
import { prefetchOverview } from "../features/overview/prefetch";
import { useMe } from "../features/auth/hooks/useMe";
import { AppLayout } from "./AppLayout";
import { ErrorState } from "./ErrorState";
import { PageLoading } from "./PageLoading";

/** The signed-in shell: sends anonymous visitors to the login page and back afterwards. */
export const RequireAuth = () => {
  const me = useMe();
  const location = useLocation();
  const client = useQueryClient();
  const onOverview = location.pathname === "/overview";
  useEffect(() => {
    if (me.data && onOverview) prefetchOverview(client, me.data);
  }, [me.data, onOverview, client]);
  if (me.isPending) return <PageLoading />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} page />;
  if (!me.data) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <AppLayout me={me.data} />;
};
