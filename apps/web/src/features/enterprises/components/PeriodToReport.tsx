import { useState } from "react";
import { Button, Select, Space } from "antd";
import { PlusOutlined } from "@ant-design/icons";

interface PeriodToReportProps<T extends number | string> {
  /** What to choose ("选择年份", "选择月份"): the select's label and placeholder. */
  readonly label: string;
  readonly width: number;
  readonly options: { value: T; label: string }[];
  /** The button's text ("填报", "填报或更正"). */
  readonly action: string;
  /** Opens the form for the chosen year or month. */
  readonly onOpen: (period: T) => void;
}

/** A year or month to report, and the button that opens its form (beside a panel's title). */
export const PeriodToReport = <T extends number | string>({ label, width, options, action, onOpen }: PeriodToReportProps<T>) => {
  const [picked, setPicked] = useState<T | undefined>(undefined);
  return (
    <Space wrap>
      <Select<T> aria-label={label} placeholder={label} size="small" style={{ width }} value={picked} onChange={setPicked} options={options} />
      <Button size="small" icon={<PlusOutlined />} disabled={picked === undefined} onClick={() => picked !== undefined && onOpen(picked)}>
        {action}
      </Button>
    </Space>
  );
};
