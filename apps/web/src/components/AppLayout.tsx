import { Suspense, useState, type ReactNode } from "react";
import { Button, Layout, Space, Tag, Tooltip, Typography } from "antd";
import { ApartmentOutlined, DashboardOutlined, LogoutOutlined, RiseOutlined, ShopOutlined, UploadOutlined, UserOutlined } from "@ant-design/icons";
import { NodeIndexOutlined } from "@ant-design/icons";
import { AuditOutlined } from "@ant-design/icons";
import type { TMe } from "@parkpilot/contracts";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { NavLink, Outlet, useLocation, useNavigate } from "react-router";
import { useLogout } from "../features/auth/hooks/useMe";
import { DemoPreparationNotice } from "../features/demo/DemoPreparationNotice";
import { ErrorBoundary } from "./ErrorBoundary";
import { LanguageSwitch } from "./LanguageSwitch";
import { PageLoading } from "./PageLoading";
import styles from "./AppLayout.module.css";

interface NavItem {
  readonly key: string;
  readonly path: string;
  readonly label: string;
  readonly icon: ReactNode;
}

/** Navigation by role: what each kind of user works with (ARCHITECTURE: each sees only its scope). */
const navItems = (me: TMe, t: TFunction): NavItem[] => {
  switch (me.scope.kind) {
    case "province":
      return [
        { key: "overview", path: "/overview", label: t("nav.overview"), icon: <DashboardOutlined /> },
        { key: "parks", path: "/parks", label: t("nav.parks"), icon: <ApartmentOutlined /> },
        { key: "enterprises", path: "/enterprises", label: t("nav.enterprises"), icon: <ShopOutlined /> },
        { key: "chains", path: "/chains", label: t("nav.chains"), icon: <NodeIndexOutlined /> },
        { key: "gradient", path: "/gradient", label: t("gradient.nav"), icon: <RiseOutlined /> },
        { key: "evaluation", path: "/evaluation/scorecard", label: t("evaluation.nav"), icon: <AuditOutlined /> },
        { key: "imports", path: "/imports", label: t("nav.imports"), icon: <UploadOutlined /> },
      ];
    case "park":
      return [
        { key: "parks", path: `/parks/${me.scope.parkId}`, label: t("nav.myPark"), icon: <ApartmentOutlined /> },
        { key: "enterprises", path: "/enterprises", label: t("nav.enterprises"), icon: <ShopOutlined /> },
        { key: "chains", path: "/chains", label: t("nav.chains"), icon: <NodeIndexOutlined /> },
        { key: "gradient", path: "/gradient", label: t("gradient.nav"), icon: <RiseOutlined /> },
        { key: "evaluation", path: "/evaluation/scorecard", label: t("evaluation.nav"), icon: <AuditOutlined /> },
        { key: "imports", path: "/imports", label: t("nav.imports"), icon: <UploadOutlined /> },
      ];
    case "enterprise":
      return [
        { key: "enterprises", path: `/enterprises/${me.scope.enterpriseId}`, label: t("nav.myEnterprise"), icon: <ShopOutlined /> },
        { key: "tiers", path: `/enterprises/${me.scope.enterpriseId}/tiers`, label: t("gradient.navCard"), icon: <RiseOutlined /> },
        { key: "land", path: `/enterprises/${me.scope.enterpriseId}/land`, label: t("evaluation.navLand"), icon: <AuditOutlined /> },
      ];
  }
};

const selectedKey = (pathname: string): string =>
  /^\/enterprises\/\d+\/tiers/.test(pathname) ? "tiers" : /^\/enterprises\/\d+\/land/.test(pathname) ? "land" : (pathname.split("/")[1] ?? "");

export const AppLayout = ({ me }: { me: TMe }) => {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const logout = useLogout();
  const [collapsed, setCollapsed] = useState(false);
  const items = navItems(me, t);

  return (
    <Layout className={styles.root}>
      <Layout.Sider
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        breakpoint="xl"
        width={200}
        collapsedWidth={64}
        className={styles.sider}
        trigger={null}
      >
        <div className={styles.siderInner}>
          <div className={styles.brand} title={t("app.name")}>
            {collapsed ? "PP" : t("app.shortName")}
          </div>
          <nav aria-label={t("nav.label")}>
            {/* A plain list of links (antd Menu weighs ≈ 12 KB gzipped for four entries). */}
            <ul className={styles.menu}>
              {items.map((item) => (
                <li key={item.key}>
                  <NavLink
                    to={item.path}
                    className={item.key === selectedKey(location.pathname) ? `${styles.item} ${styles.active}` : styles.item}
                    aria-current={item.key === selectedKey(location.pathname) ? "page" : undefined}
                    title={collapsed ? item.label : undefined}
                    aria-label={collapsed ? item.label : undefined}
                  >
                    <span className={styles.icon} aria-hidden>
                      {item.icon}
                    </span>
                    {!collapsed && <span>{item.label}</span>}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </Layout.Sider>
      <Layout className={styles.main}>
        <Layout.Header className={styles.header}>
          <Button
            type="text"
            aria-label={collapsed ? t("nav.expand") : t("nav.collapse")}
            onClick={() => setCollapsed(!collapsed)}
            className={styles.toggle}
          >
            {collapsed ? "»" : "«"}
          </Button>
          <Typography.Text strong className={styles.scope} ellipsis data-testid="scope-name">
            {me.scopeName}
          </Typography.Text>
          <Space size="middle" className={styles.right}>
            <Space size={6} data-testid="who-am-i" className={styles.who}>
              <UserOutlined aria-hidden />
              <span>{me.displayName}</span>
              <Tag color="blue">{t(`role.${me.role}`)}</Tag>
            </Space>
            <LanguageSwitch />
            <Tooltip title={t("auth.logout")}>
              <Button
                icon={<LogoutOutlined />}
                aria-label={t("auth.logout")}
                loading={logout.isPending}
                onClick={() => logout.mutate(undefined, { onSettled: () => navigate("/login", { replace: true }) })}
              />
            </Tooltip>
          </Space>
        </Layout.Header>
        <Layout.Content className={styles.content}>
          <DemoPreparationNotice />
          {/* Keyed by path: a page that failed recovers when the user navigates elsewhere. */}
          <ErrorBoundary key={location.pathname}>
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
};
