import { Tag, Tooltip } from "antd";
import type { TPolicyCitation } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";

/** A document number with the article on hover, and a "to verify" mark for [P]/[U] values. */
export const CitationTag = ({ citation }: { citation: TPolicyCitation }) => {
  const { t } = useTranslation();
  const text = `${citation.title} · ${citation.article}${citation.note ? ` · ${citation.note}` : ""}`;
  return (
    <span>
      <Tooltip title={text}>
        {citation.url ? (
          <a href={citation.url} target="_blank" rel="noreferrer">
            <Tag>{citation.number}</Tag>
          </a>
        ) : (
          <Tag>{citation.number}</Tag>
        )}
      </Tooltip>
      {citation.uncertain && (
        <Tooltip title={t("evaluation.uncertainTip")}>
          <Tag color="gold">{t("evaluation.uncertain")}</Tag>
        </Tooltip>
      )}
    </span>
  );
};
