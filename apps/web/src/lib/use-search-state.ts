import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";

/**
 * Filter, sort and page state kept in the URL, so a filtered list survives a reload and can
 * be shared. Reading returns strings (absent → undefined); writing drops empty values and,
 * unless the page itself changes, goes back to page 1.
 */
export const useSearchState = <K extends string>(keys: readonly K[]) => {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => Object.fromEntries(keys.map((k) => [k, params.get(k) ?? undefined])) as Record<K, string | undefined>, [params, keys]);
  const update = useCallback(
    (patch: Partial<Record<K | "page", string | number | undefined | null>>) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch)) {
            if (v === undefined || v === null || v === "") next.delete(k);
            else next.set(k, String(v));
          }
          if (!("page" in patch)) next.delete("page");
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return [state, update] as const;
};

export const toInt = (v: string | undefined, fallback: number): number => {
  const n = v === undefined ? NaN : Number.parseInt(v, 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};
