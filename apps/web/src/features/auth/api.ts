import type { TMe } from "@parkpilot/contracts";
import { ApiError, apiGet, apiPost } from "../../lib/api";

/** The session's user, or null when nobody is logged in (401). */
export const fetchMe = async (): Promise<TMe | null> => {
  try {
    return await apiGet<TMe>("/api/auth/me");
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
};

export const login = (username: string, password: string): Promise<TMe> => apiPost<TMe>("/api/auth/login", { username, password });

export const logout = (): Promise<null> => apiPost<null>("/api/auth/logout");
