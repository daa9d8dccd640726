import type { ImportIssue } from "./import-issue";

/**
 * Collects the problems of one file. Every problem is counted; the first `limit` are kept with
 * their detail (a file broken in every row would otherwise cost memory and an error table of
 * the file's size without telling the user more than the first few thousand rows do).
 */
export class IssueCollector {
  readonly issues: ImportIssue[] = [];
  count = 0;

  constructor(readonly limit: number) {}

  add(row: number | null, column: string | null, value: string | null, message: string): void {
    this.count += 1;
    if (this.issues.length < this.limit) this.issues.push({ row, column, value, message });
  }

  addAll(issues: readonly ImportIssue[]): void {
    for (const i of issues) this.add(i.row, i.column, i.value, i.message);
  }

  get truncated(): boolean {
    return this.count > this.issues.length;
  }

  /** Kept issues in file order: file-level first, then by row. */
  sorted(): ImportIssue[] {
    return [...this.issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  }
}
