/** Direct API calls from the test process (to find ids, and to prove what the API refuses). */
export interface ApiSession {
  get<T>(path: string): Promise<{ status: number; body: T }>;
}

export const apiLogin = async (baseUrl: string, username: string, password = "parkpilot-demo"): Promise<ApiSession> => {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`login as ${username}: HTTP ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  return {
    async get<T>(path: string) {
      const r = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
      return { status: r.status, body: (await r.json()) as T };
    },
  };
};
