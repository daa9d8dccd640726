import type { Cell } from "./import-issue";
import type { IssueCollector } from "./issue-collector";
import { cellDisplay } from "./parse-cell";
import type { ResolvedHeader } from "./resolve-header";

/** Reports cell problems under the header the user wrote, with the value as it appears. */
export class CellReporter {
  constructor(
    private readonly header: ResolvedHeader,
    private readonly issues: IssueCollector,
  ) {}

  /** Index of the column in the file's cells, -1 when the file does not have it. */
  index(key: string): number {
    return this.header.indexByKey.get(key) ?? -1;
  }

  label(index: number): string | null {
    return this.header.labels[index] ?? null;
  }

  fail(row: number, index: number, cell: Cell | undefined, message: string): void {
    this.issues.add(row, this.label(index), cellDisplay(cell), message);
  }
}
