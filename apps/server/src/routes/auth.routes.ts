import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ZLoginRequest, ZMe } from "@parkpilot/contracts";
import { describeActor, login, logout, SESSION_TTL_HOURS, type ServiceContext } from "@parkpilot/services";
import { requireActor, SESSION_COOKIE } from "../plugins/auth";

export const authRoutes =
  (ctx: ServiceContext, options: { secureCookies: boolean; loginAttemptsPerMinute: number }): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      "/api/auth/login",
      {
        schema: { tags: ["auth"], summary: "Log in; sets an httpOnly session cookie", body: ZLoginRequest, response: { 200: ZMe } },
        config: { rateLimit: { max: options.loginAttemptsPerMinute, timeWindow: "1 minute" } },
      },
      async (request, reply) => {
        const result = await login(ctx, request.body.username, request.body.password);
        reply.setCookie(SESSION_COOKIE, result.token, {
          httpOnly: true,
          sameSite: "lax",
          secure: options.secureCookies,
          path: "/",
          signed: true,
          maxAge: SESSION_TTL_HOURS * 3600,
        });
        return describeActor(ctx, result.actor);
      },
    );

    app.post("/api/auth/logout", { schema: { tags: ["auth"], summary: "Log out", response: { 204: z.null() } } }, async (request, reply) => {
      const raw = request.cookies[SESSION_COOKIE];
      const unsigned = raw ? request.unsignCookie(raw) : null;
      if (unsigned?.valid && unsigned.value) await logout(ctx, unsigned.value);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.status(204).send(null);
    });

    app.get("/api/auth/me", { schema: { tags: ["auth"], summary: "Who am I", response: { 200: ZMe } } }, async (request) =>
      describeActor(ctx, requireActor(request)),
    );
  };
