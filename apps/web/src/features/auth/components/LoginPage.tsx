import { Alert, Button, Form, Input, Typography } from "antd";
import { LockOutlined, UserOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { Navigate, useNavigate, useSearchParams } from "react-router";
import { LanguageSwitch } from "../../../components/LanguageSwitch";
import { PageLoading } from "../../../components/PageLoading";
import { describeError, isApiError } from "../../../lib/errors";
import { homePath, safeNext } from "../home-path";
import { useLogin, useMe } from "../hooks/useMe";
import styles from "./LoginPage.module.css";

interface LoginValues {
  username: string;
  password: string;
}

export const LoginPage = () => {
  const { t } = useTranslation();
  const me = useMe();
  const loginMutation = useLogin();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));

  if (me.isPending) return <PageLoading />;
  if (me.data) return <Navigate to={next ?? homePath(me.data)} replace />;

  const onFinish = (values: LoginValues) => {
    loginMutation.mutate(values, { onSuccess: (user) => navigate(next ?? homePath(user), { replace: true }) });
  };

  const error = loginMutation.error;
  const errorText = !error
    ? null
    : isApiError(error, "unauthenticated")
      ? t("auth.wrongCredentials")
      : describeError(error, t).title;

  return (
    <main className={styles.page}>
      <div className={styles.lang}>
        <LanguageSwitch />
      </div>
      <div className={styles.card}>
        <Typography.Title level={3} className={styles.title}>
          {t("app.name")}
        </Typography.Title>
        <Typography.Paragraph type="secondary" className={styles.subtitle}>
          {t("app.tagline")}
        </Typography.Paragraph>
        {errorText && <Alert type="error" showIcon title={errorText} className={styles.error} role="alert" />}
        <Form<LoginValues> layout="vertical" onFinish={onFinish} requiredMark={false} autoComplete="on">
          <Form.Item label={t("auth.username")} name="username" rules={[{ required: true, message: t("auth.usernameRequired") }]}>
            <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item label={t("auth.password")} name="password" rules={[{ required: true, message: t("auth.passwordRequired") }]}>
            <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={loginMutation.isPending}>
            {t("auth.login")}
          </Button>
        </Form>
      </div>
    </main>
  );
};
