import { lazy, type ComponentType } from "react";

const RELOADED = "parkpilot.reloaded-for-chunk";

/**
 * React.lazy for a page, surviving a redeploy: when a browser still holds the previous
 * index.html, its page chunks are gone from the server and the import fails. Reload once to
 * pick up the new build; if the import fails again, let the error boundary say so.
 */
export const lazyPage = <P extends object>(load: () => Promise<ComponentType<P>>) =>
  lazy(async () => {
    try {
      const component = await load();
      sessionStorage.removeItem(RELOADED);
      return { default: component };
    } catch (error) {
      if (!sessionStorage.getItem(RELOADED)) {
        sessionStorage.setItem(RELOADED, "1");
        window.location.reload();
        return new Promise<never>(() => undefined);
      }
      throw error;
    }
  });
