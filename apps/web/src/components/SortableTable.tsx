import { useMemo, useState, type ReactNode } from "react";
import { Button, Select } from "antd";
import { CaretDownOutlined, CaretUpOutlined, LeftOutlined, RightOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { sortRows, type SortDirection, type SortValue } from "../lib/sort";
import styles from "./SortableTable.module.css";

export interface SortableColumn<T> {
  readonly key: string;
  readonly title: string;
  readonly render: (row: T, index: number) => ReactNode;
  /** Makes the column sortable; null values sort last either way. */
  readonly sortValue?: (row: T) => SortValue;
  readonly align?: "left" | "right";
  readonly width?: number;
  /** Stays visible when the table scrolls sideways. */
  readonly sticky?: boolean;
}

interface SortableTableProps<T> {
  readonly rows: readonly T[];
  readonly columns: readonly SortableColumn<T>[];
  readonly rowKey: (row: T) => string | number;
  readonly defaultSort: { key: string; direction: SortDirection };
  readonly caption: string;
  readonly pageSizes?: readonly number[];
  readonly testId?: string;
  readonly empty?: string;
}

/**
 * A light client-side table: sortable headers (aria-sort), a rank column, paging. For the
 * overview's ranking, where antd's Table (with its filter menus, trees and virtual lists,
 * ≈ 100 KB gzipped) would push the page over its JavaScript budget.
 */
export const SortableTable = <T,>({ rows, columns, rowKey, defaultSort, caption, pageSizes = [10, 20, 50, 100], testId, empty }: SortableTableProps<T>) => {
  const { t } = useTranslation();
  const [sort, setSort] = useState(defaultSort);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(pageSizes[0] ?? 10);
  const sorted = useMemo(() => {
    const column = columns.find((c) => c.key === sort.key);
    return column?.sortValue ? sortRows(rows, column.sortValue, sort.direction) : [...rows];
  }, [rows, columns, sort]);
  const pages = Math.max(1, Math.ceil(sorted.length / pageSize));
  const current = Math.min(page, pages);
  const visible = sorted.slice((current - 1) * pageSize, current * pageSize);

  const toggle = (key: string) => {
    setSort((s) => (s.key === key ? { key, direction: s.direction === "desc" ? "asc" : "desc" } : { key, direction: "desc" }));
    setPage(1);
  };

  return (
    <div data-testid={testId}>
      <div className={styles.scroll}>
        <table className={styles.table}>
          <caption className={styles.caption}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className={`${styles.rank} ${styles.sticky}`}>
                {t("common.rank")}
              </th>
              {columns.map((c) => {
                const active = sort.key === c.key;
                return (
                  <th
                    key={c.key}
                    scope="col"
                    style={{ minWidth: c.width, textAlign: c.align ?? "left", left: c.sticky ? 48 : undefined }}
                    className={c.sticky ? styles.sticky : undefined}
                    aria-sort={active ? (sort.direction === "asc" ? "ascending" : "descending") : c.sortValue ? "none" : undefined}
                  >
                    {c.sortValue ? (
                      <button type="button" className={styles.sortButton} onClick={() => toggle(c.key)} title={t("common.sortBy", { column: c.title })}>
                        {c.title}
                        <span className={styles.carets} aria-hidden>
                          <CaretUpOutlined className={active && sort.direction === "asc" ? styles.on : undefined} />
                          <CaretDownOutlined className={active && sort.direction === "desc" ? styles.on : undefined} />
                        </span>
                      </button>
                    ) : (
                      c.title
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {visible.length === 0 && (
              <tr>
                <td colSpan={columns.length + 1} className={styles.empty}>
                  {empty ?? t("common.noData")}
                </td>
              </tr>
            )}
            {visible.map((row, i) => {
              const index = (current - 1) * pageSize + i;
              return (
                <tr key={rowKey(row)}>
                  <td className={`${styles.rank} ${styles.sticky}`}>{index + 1}</td>
                  {columns.map((c) => (
                    <td key={c.key} style={{ textAlign: c.align ?? "left", left: c.sticky ? 48 : undefined }} className={c.sticky ? styles.sticky : undefined}>
                      {c.render(row, index)}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <nav className={styles.pager} aria-label={t("common.pagination")}>
        <span>{t("common.totalItems", { n: sorted.length })}</span>
        <Button size="small" icon={<LeftOutlined />} disabled={current <= 1} onClick={() => setPage(current - 1)} aria-label={t("common.prevPage")} />
        <span aria-live="polite">{t("common.pageOf", { page: current, pages })}</span>
        <Button size="small" icon={<RightOutlined />} disabled={current >= pages} onClick={() => setPage(current + 1)} aria-label={t("common.nextPage")} />
        <Select<number>
          size="small"
          aria-label={t("common.pageSize")}
          value={pageSize}
          onChange={(v) => {
            setPageSize(v);
            setPage(1);
          }}
          options={pageSizes.map((n) => ({ value: n, label: t("common.perPage", { n }) }))}
          style={{ width: 100 }}
        />
      </nav>
    </div>
  );
};
