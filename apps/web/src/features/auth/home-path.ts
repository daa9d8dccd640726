import type { TMe } from "@parkpilot/contracts";

/** Where each role lands after logging in. */
export const homePath = (me: TMe): string => {
  switch (me.scope.kind) {
    case "province":
      return "/overview";
    case "park":
      return `/parks/${me.scope.parkId}`;
    case "enterprise":
      return `/enterprises/${me.scope.enterpriseId}`;
  }
};

/** A "next" target from the login URL, only if it is a path of this app (no open redirect). */
export const safeNext = (next: string | null): string | null =>
  next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/login") ? next : null;
