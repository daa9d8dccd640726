import { Tag, Tooltip, Typography } from "antd";
import type { TTierGap } from "@parkpilot/contracts";
import { useTranslation } from "react-i18next";
import { pickText, useLang } from "../../../lib/i18n";

const KIND_COLOUR: Readonly<Record<TTierGap["kind"], string>> = {
  below_threshold: "red",
  not_met: "red",
  veto: "magenta",
  score: "volcano",
  missing_data: "gold",
  manual_review: "blue",
};

/**
 * What an enterprise lacks, in plain words ("研发费用占比2.1%，需达到3%"), each with its kind and
 * the document it comes from. Alternatives of one "any one of" condition are grouped: closing
 * one of them is enough.
 */
/** The gap's text without the word its tag already shows ("未满足：…" beside the tag 未满足). */
const withoutTagWord = (text: string, tag: string): string => {
  for (const separator of ["：", ": "]) if (text.startsWith(`${tag}${separator}`)) return text.slice(tag.length + separator.length);
  return text;
};

export const GapList = ({ gaps, limit }: { gaps: readonly TTierGap[]; limit?: number }) => {
  const { t } = useTranslation();
  const lang = useLang();
  if (gaps.length === 0) return <Typography.Text type="secondary">{t("gradient.gaps.none")}</Typography.Text>;
  const shown = limit === undefined ? gaps : gaps.slice(0, limit);
  const groups: { oneOf: string | null; items: TTierGap[] }[] = [];
  for (const g of shown) {
    const last = groups.at(-1);
    if (g.oneOf !== undefined && last?.oneOf === g.oneOf) last.items.push(g);
    else groups.push({ oneOf: g.oneOf ?? null, items: [g] });
  }
  return (
    <ul style={{ margin: 0, paddingInlineStart: 16 }} data-testid="gap-list">
      {groups.map((group, gi) => (
        <li key={gi}>
          {group.oneOf !== null && group.items.length > 1 && <Typography.Text type="secondary">{t("gradient.gaps.oneOf")}</Typography.Text>}
          {group.items.map((g, i) => (
            <div key={`${g.criterionId}-${i}`}>
              <Tag color={KIND_COLOUR[g.kind]} style={{ marginInlineEnd: 6 }}>
                {t(`gradient.gapKind.${g.kind}`)}
              </Tag>
              <Tooltip title={`${g.citation.number} ${g.citation.title} ${g.citation.article}`}>
                <span>{withoutTagWord(pickText(g.text, lang), t(`gradient.gapKind.${g.kind}`))}</span>
              </Tooltip>
            </div>
          ))}
        </li>
      ))}
      {limit !== undefined && gaps.length > limit && (
        <li>
          <Typography.Text type="secondary">{t("gradient.gaps.more", { n: gaps.length - limit })}</Typography.Text>
        </li>
      )}
    </ul>
  );
};
