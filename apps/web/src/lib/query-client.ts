import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { ME_KEY } from "../features/auth/hooks/useMe";
import { ApiError } from "./api";

/** A session that expired mid-use sends the user back to the login page (RequireAuth). */
const onApiError = (error: Error) => {
  if (error instanceof ApiError && error.status === 401) queryClient.setQueryData(ME_KEY, null);
};

/** The one query cache of the app (module-level so main.tsx can start requests before React renders). */
export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onApiError }),
  mutationCache: new MutationCache({ onError: onApiError }),
  defaultOptions: {
    queries: {
      staleTime: 60_000,
      refetchOnWindowFocus: false,
      // Client errors (not found, refused, invalid) will not change on retry.
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});
