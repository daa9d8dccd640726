import { Flex, Typography } from "antd";
import type { ReactNode } from "react";

/** Page title with optional tags beside it and actions on the right. */
export const PageHeader = ({ title, tags, extra, subtitle }: { title: ReactNode; tags?: ReactNode; extra?: ReactNode; subtitle?: ReactNode }) => (
  <Flex justify="space-between" align="flex-start" wrap gap={12} style={{ marginBottom: 16 }}>
    <div style={{ minWidth: 0 }}>
      <Flex align="center" gap={8} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {tags}
      </Flex>
      {subtitle && (
        <Typography.Text type="secondary" style={{ display: "block", marginTop: 4 }}>
          {subtitle}
        </Typography.Text>
      )}
    </div>
    {extra && <Flex gap={8} wrap>{extra}</Flex>}
  </Flex>
);
