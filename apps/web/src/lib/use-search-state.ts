import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";

type SearchPatch<K extends string> = Partial<Record<K | "page", string | number | undefined | null>>;

/**
 * The query string after a patch: empty values are dropped and, unless the patch sets the page
 * itself, the list goes back to page 1.
 */
export const applySearchPatch = <K extends string>(current: string, patch: SearchPatch<K>): URLSearchParams => {
  const next = new URLSearchParams(current);
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined || v === null || v === "") next.delete(k);
    else next.set(k, String(v));
  }
  if (!("page" in patch)) next.delete("page");
  return next;
};

/**
 * Filter, sort and page state kept in the URL, so a filtered list survives a reload and can
 * be shared. Reading returns strings (absent → undefined). Writing starts from the address bar as
 * it is now, not as it was at the last render: React Router's functional update hands over the
 * rendered parameters, so two quick changes (a filter clicked before the list re-rendered) would
 * lose the first.
 */
export const useSearchState = <K extends string>(keys: readonly K[]) => {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => Object.fromEntries(keys.map((k) => [k, params.get(k) ?? undefined])) as Record<K, string | undefined>, [params, keys]);
  const update = useCallback((patch: SearchPatch<K>) => setParams(applySearchPatch(window.location.search, patch), { replace: true }), [setParams]);
  return [state, update] as const;
};

export const toInt = (v: string | undefined, fallback: number): number => {
  const n = v === undefined ? NaN : Number.parseInt(v, 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};
