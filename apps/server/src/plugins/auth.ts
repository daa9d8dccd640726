import type { FastifyInstance, FastifyRequest } from "fastify";
import { resolveSession, unauthenticated, type Actor, type ServiceContext } from "@parkpilot/services";

export const SESSION_COOKIE = "pp_session";

declare module "fastify" {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

/** Resolves the session cookie to an actor on every request; routes call requireActor. */
export const registerAuth = (app: FastifyInstance, ctx: ServiceContext): void => {
  app.decorateRequest("actor", null);
  app.addHook("onRequest", async (request) => {
    const raw = request.cookies[SESSION_COOKIE];
    if (!raw) return;
    const unsigned = request.unsignCookie(raw);
    if (unsigned.valid && unsigned.value) request.actor = await resolveSession(ctx, unsigned.value);
  });
};

export const requireActor = (request: FastifyRequest): Actor => {
  if (!request.actor) throw unauthenticated();
  return request.actor;
};
