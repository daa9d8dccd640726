import { useState } from "react";
import { Button, Typography } from "antd";
import { useTranslation } from "react-i18next";

/** At most this many lines and characters show before the detail is unfolded. */
const FOLDED_LINES = 2;
const FOLDED_CHARS = 120;

/** A task's detail under its title: a long one folded to its beginning, unfolded (and folded again) on a click. */
export const TaskDetail = ({ detail }: { detail: string }) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const lines = detail.split("\n");
  const folded = lines.slice(0, FOLDED_LINES).join("\n").slice(0, FOLDED_CHARS);
  const long = folded.length < detail.length;
  return (
    <Typography.Paragraph type="secondary" style={{ margin: "4px 0 0", whiteSpace: "pre-wrap" }} data-testid="task-detail">
      {open || !long ? detail : `${folded}…`}
      {long && (
        <Button type="link" size="small" onClick={() => setOpen(!open)}>
          {t(open ? "chains.team.detailLess" : "chains.team.detailMore")}
        </Button>
      )}
    </Typography.Paragraph>
  );
};
