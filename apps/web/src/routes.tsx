import { Suspense } from "react";
import type { TMe } from "@parkpilot/contracts";
import { Navigate, Route, Routes, useParams } from "react-router";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { NotFoundPage } from "./components/NotFoundPage";
import { PageLoading } from "./components/PageLoading";
import { RequireAuth } from "./components/RequireAuth";
import { RequireRole } from "./components/RequireRole";
import { homePath } from "./features/auth/home-path";
import { useMe } from "./features/auth/hooks/useMe";
import { rememberedDataYear } from "./features/overview/data-year";
import { allParksQuery } from "./features/parks/hooks/useParks";
import { lazyPage } from "./lib/lazy-page";
import { queryClient } from "./lib/query-client";

// One chunk per page: the login page loads neither ECharts nor the pages behind it.
const loadOverview = () => import("./features/overview/components/OverviewPage");
const LoginPage = lazyPage(() => import("./features/auth/components/LoginPage").then((m) => m.LoginPage));
const OverviewPage = lazyPage(() => loadOverview().then((m) => m.OverviewPage));
const ParkListPage = lazyPage(() => import("./features/parks/components/ParkListPage").then((m) => m.ParkListPage));
const ParkPage = lazyPage(() => import("./features/parks/components/ParkPage").then((m) => m.ParkPage));
const EnterpriseListPage = lazyPage(() => import("./features/enterprises/components/EnterpriseListPage").then((m) => m.EnterpriseListPage));
const EnterprisePage = lazyPage(() => import("./features/enterprises/components/EnterprisePage").then((m) => m.EnterprisePage));
const ImportPage = lazyPage(() => import("./features/imports/components/ImportPage").then((m) => m.ImportPage));
const ChainMapPage = lazyPage(() => import("./features/chains/components/ChainMapPage").then((m) => m.ChainMapPage));
const ChainTargetsPage = lazyPage(() => import("./features/chains/components/TargetsPage").then((m) => m.TargetsPage));
const ChainProjectsPage = lazyPage(() => import("./features/chains/components/ProjectsPage").then((m) => m.ProjectsPage));
const ChainTeamPage = lazyPage(() => import("./features/chains/components/TeamPage").then((m) => m.TeamPage));
const ChainTemplatesPage = lazyPage(() => import("./features/chains/components/TemplatesPage").then((m) => m.TemplatesPage));
const GradientPage = lazyPage(() => import("./features/gradient/components/GradientPage").then((m) => m.GradientPage));
const HonoursPage = lazyPage(() => import("./features/gradient/components/HonoursPage").then((m) => m.HonoursPage));
const TierCardPage = lazyPage(() => import("./features/gradient/components/TierCardPage").then((m) => m.TierCardPage));
const ScorecardPage = lazyPage(() => import("./features/evaluation/components/ScorecardPage").then((m) => m.ScorecardPage));
const IndicatorsPage = lazyPage(() => import("./features/evaluation/components/IndicatorsPage").then((m) => m.IndicatorsPage));
const HomogeneityPage = lazyPage(() => import("./features/evaluation/components/HomogeneityPage").then((m) => m.HomogeneityPage));
const LandPage = lazyPage(() => import("./features/evaluation/components/LandPage").then((m) => m.LandPage));
const MonitoringPage = lazyPage(() => import("./features/evaluation/components/MonitoringPage").then((m) => m.MonitoringPage));
const AlertsPage = lazyPage(() => import("./features/evaluation/components/AlertsPage").then((m) => m.AlertsPage));
const EnterpriseLandPage = lazyPage(() => import("./features/evaluation/components/EnterpriseLandPage").then((m) => m.EnterpriseLandPage));

/**
 * Starts downloading the code and data of the page the browser opens on (a reload, a
 * bookmark) while the session is checked, instead of one after the other. Only the overview is
 * worth it: its chunk carries ECharts and its data takes the longest. Without a session the
 * data request fails with 401 and the login page shows, as it would anyway.
 */
export const preloadPage = (pathname: string): void => {
  if (pathname !== "/overview" && pathname !== "/") return;
  void loadOverview().catch(() => undefined);
  if (pathname !== "/overview") return;
  void queryClient.prefetchQuery(allParksQuery(undefined));
  const year = rememberedDataYear();
  if (year !== null) void queryClient.prefetchQuery(allParksQuery(year - 1));
};

const Home = () => {
  const me = useMe().data;
  return me ? <Navigate to={homePath(me)} replace /> : null;
};

/** /parks and /enterprises lead park and enterprise users to their own record. */
const OwnOrList = ({ kind }: { kind: "parks" | "enterprises" }) => (
  <RequireRole roles={["province_admin", "park_admin", "enterprise_user"]}>
    {(me) => {
      if (kind === "parks") return me.scope.kind === "province" ? <ParkListPage /> : <Navigate to={homePath(me)} replace />;
      return me.scope.kind === "enterprise" ? <Navigate to={homePath(me)} replace /> : <EnterpriseListPage />;
    }}
  </RequireRole>
);

/** Remounts the page when the id changes so no state of one record survives into another. */
const ParkById = () => {
  const { id } = useParams();
  return <ParkPage key={id} id={Number(id)} />;
};
const EnterpriseById = () => {
  const { id } = useParams();
  return <EnterprisePage key={id} id={Number(id)} />;
};
const EnterpriseLandById = ({ me }: { me: TMe }) => {
  const { id } = useParams();
  return <EnterpriseLandPage key={id} id={Number(id)} me={me} />;
};
const TierCardById = () => {
  const { id } = useParams();
  return <TierCardPage key={id} id={Number(id)} />;
};

export const AppRoutes = () => (
  <ErrorBoundary>
    <Suspense fallback={<PageLoading />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route element={<RequireAuth />}>
          <Route index element={<Home />} />
          <Route path="overview" element={<RequireRole roles={["province_admin"]}>{(me) => <OverviewPage me={me} />}</RequireRole>} />
          <Route path="parks" element={<OwnOrList kind="parks" />} />
          <Route path="parks/:id" element={<ParkById />} />
          <Route path="enterprises" element={<OwnOrList kind="enterprises" />} />
          <Route path="enterprises/:id" element={<EnterpriseById />} />
          <Route path="enterprises/:id/tiers" element={<TierCardById />} />
          <Route path="gradient" element={<RequireRole roles={["province_admin", "park_admin"]}>{(me) => <GradientPage me={me} />}</RequireRole>} />
          <Route path="gradient/honours" element={<RequireRole roles={["province_admin", "park_admin"]}>{(me) => <HonoursPage me={me} />}</RequireRole>} />
          <Route path="imports" element={<RequireRole roles={["province_admin", "park_admin"]}>{(me) => <ImportPage me={me} />}</RequireRole>} />
          <Route path="chains" element={<RequireRole roles={["province_admin", "park_admin"]}>{(me) => <ChainMapPage me={me} />}</RequireRole>} />
          <Route path="chains/targets" element={<RequireRole roles={["province_admin", "park_admin"]}>{(me) => <ChainTargetsPage me={me} />}</RequireRole>} />
          <Route path="chains/projects" element={<RequireRole roles={["province_admin", "park_admin"]}>{(me) => <ChainProjectsPage me={me} />}</RequireRole>} />
          <Route path="chains/team" element={<RequireRole roles={["province_admin", "park_admin"]}>{(me) => <ChainTeamPage me={me} />}</RequireRole>} />
          <Route path="chains/templates" element={<RequireRole roles={["province_admin", "park_admin"]}>{(me) => <ChainTemplatesPage me={me} />}</RequireRole>} />
          <Route path="evaluation" element={<Navigate to="/evaluation/scorecard" replace />} />
          <Route path="evaluation/scorecard" element={<RequireRole roles={["province_admin", "park_admin"]}>{(me) => <ScorecardPage me={me} />}</RequireRole>} />
          <Route path="evaluation/indicators" element={<RequireRole roles={["province_admin", "park_admin"]}>{(me) => <IndicatorsPage me={me} />}</RequireRole>} />
          <Route path="evaluation/homogeneity" element={<RequireRole roles={["province_admin"]}>{(me) => <HomogeneityPage me={me} />}</RequireRole>} />
          <Route path="evaluation/land" element={<RequireRole roles={["province_admin", "park_admin"]}>{(me) => <LandPage me={me} />}</RequireRole>} />
          <Route path="evaluation/monitoring" element={<RequireRole roles={["province_admin", "park_admin"]}>{(me) => <MonitoringPage me={me} />}</RequireRole>} />
          <Route path="evaluation/alerts" element={<RequireRole roles={["province_admin", "park_admin"]}>{(me) => <AlertsPage me={me} />}</RequireRole>} />
          <Route path="enterprises/:id/land" element={<RequireRole roles={["province_admin", "park_admin", "enterprise_user"]}>{(me) => <EnterpriseLandById me={me} />}</RequireRole>} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  </ErrorBoundary>
);
