import type { TImportBatch, TImportDetail, TImportKind } from "@parkpilot/contracts";
import { apiGet, uploadForm } from "../../lib/api";
import { downloadFromApi } from "../../lib/download";

export const IMPORT_KINDS: readonly TImportKind[] = ["enterprises", "annual", "monthly", "parcels"];
export type FileFormat = "xlsx" | "csv";

export interface ImportListResponse {
  readonly items: TImportBatch[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

export const downloadTemplate = (kind: TImportKind, format: FileFormat): Promise<void> =>
  downloadFromApi(`/api/imports/templates/${kind}`, { format }, `template-${kind}.${format}`);

export const downloadErrorReport = (batchId: number, format: FileFormat): Promise<void> =>
  downloadFromApi(`/api/imports/${batchId}/errors`, { format }, `import-${batchId}-errors.${format}`);

export const downloadWarningReport = (batchId: number, format: FileFormat): Promise<void> =>
  downloadFromApi(`/api/imports/${batchId}/warnings`, { format }, `import-${batchId}-warnings.${format}`);

/** Uploads one file; the server validates every row and applies all of it or none of it. */
export const uploadImport = (kind: TImportKind, file: File, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<TImportBatch> => {
  const form = new FormData();
  // The kind goes before the file: the server reads the multipart stream in order.
  form.append("kind", kind);
  form.append("file", file, file.name);
  return uploadForm<TImportBatch>("/api/imports", form, onProgress, signal);
};

export const fetchImports = (page: number, pageSize: number, signal?: AbortSignal): Promise<ImportListResponse> =>
  apiGet<ImportListResponse>("/api/imports", { page, pageSize }, signal);

export const fetchImport = (id: number, page: number, pageSize: number, signal?: AbortSignal): Promise<TImportDetail> =>
  apiGet<TImportDetail>(`/api/imports/${id}`, { page, pageSize }, signal);
