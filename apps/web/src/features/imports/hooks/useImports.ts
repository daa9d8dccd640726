import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TImportKind } from "@parkpilot/contracts";
import { DATA_YEARS_KEY } from "../../../lib/data-years";
import { fetchImport, fetchImports, uploadImport } from "../api";

export const importKeys = {
  list: (page: number, pageSize: number) => ["imports", "list", page, pageSize] as const,
  detail: (id: number, page: number, pageSize: number) => ["imports", "detail", id, page, pageSize] as const,
};

export const useImportList = (page: number, pageSize: number) =>
  useQuery({ queryKey: importKeys.list(page, pageSize), queryFn: ({ signal }) => fetchImports(page, pageSize, signal), placeholderData: keepPreviousData });

export const useImportDetail = (id: number | null, page: number, pageSize: number) =>
  useQuery({
    queryKey: importKeys.detail(id ?? 0, page, pageSize),
    queryFn: ({ signal }) => fetchImport(id ?? 0, page, pageSize, signal),
    enabled: id !== null,
    placeholderData: keepPreviousData,
  });

export const useUpload = (onProgress: (fraction: number) => void) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, file }: { kind: TImportKind; file: File }) => uploadImport(kind, file, onProgress),
    // An applied import changes enterprises, park figures and maybe the years with data; the history gains a row either way.
    onSuccess: () =>
      client.invalidateQueries({ predicate: (q) => ["imports", "enterprises", "parks", DATA_YEARS_KEY].includes(String(q.queryKey[0])) }),
  });
};
