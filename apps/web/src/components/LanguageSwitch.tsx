import { Button } from "antd";
import { useTranslation } from "react-i18next";
import { changeLang, useLang } from "../lib/i18n";

/** 中文 ⇄ EN, remembered in this browser. The button names the language it switches to. */
export const LanguageSwitch = () => {
  const { t } = useTranslation();
  const lang = useLang();
  const next = lang === "zh-CN" ? "en-US" : "zh-CN";
  return (
    <Button
      size="small"
      autoInsertSpace={false}
      onClick={() => void changeLang(next)}
      aria-label={t("app.switchLanguage")}
      lang={next === "zh-CN" ? "zh-CN" : "en"}
      data-testid="language-switch"
    >
      {next === "zh-CN" ? "中文" : "EN"}
    </Button>
  );
};
