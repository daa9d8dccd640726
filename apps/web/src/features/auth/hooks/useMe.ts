import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TMe } from "@parkpilot/contracts";
import { fetchMe, login, logout } from "../api";

export const ME_KEY = ["auth", "me"] as const;

export const useMe = () => useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 5 * 60_000 });

export const useLogin = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ username, password }: { username: string; password: string }) => login(username, password),
    onSuccess: (me: TMe) => {
      // Nothing cached from a previous session may leak into this one.
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
      client.setQueryData(ME_KEY, me);
    },
  });
};

export const useLogout = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      client.clear();
      client.setQueryData(ME_KEY, null);
    },
  });
};
