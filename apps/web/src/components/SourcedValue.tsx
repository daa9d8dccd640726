import { Tooltip } from "antd";
import type { TSourcedValue } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { DASH } from "../lib/format";
import { useLang } from "../lib/i18n";
import { describeProvenance } from "../lib/provenance";

/** A number that tells where it came from on hover or focus (import row, manual entry, API, generated). */
export const SourcedValue = ({ value, text }: { value: TSourcedValue | undefined; text: string }) => {
  const { t } = useTranslation();
  const lang = useLang();
  if (!value || (value.value === null && !value.source)) return <span>{DASH}</span>;
  const note = value.source?.note;
  return (
    <Tooltip
      title={
        <>
          {describeProvenance(value.source, t, lang)}
          {note ? (
            <>
              <br />
              {t("provenance.note", { note })}
            </>
          ) : null}
        </>
      }
    >
      <span tabIndex={0} className="num" data-source-kind={value.source?.kind ?? "none"} style={{ borderBottom: "1px dotted #8c8c8c", cursor: "help" }}>
        {text}
      </span>
    </Tooltip>
  );
};
