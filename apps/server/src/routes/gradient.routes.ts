import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  ZCandidateList,
  ZCandidateQuery,
  ZEvaluateTiersRequest,
  ZEvaluateTiersResult,
  ZFunnel,
  ZFunnelQuery,
  ZIdParam,
  ZTierCard,
  ZTierCardQuery,
  ZTierCatalogue,
} from "@parkpilot/contracts";
import { evaluateTiers, getTierCard, getTierCatalogue, getTierFunnel, listTierCandidates, type ServiceContext } from "@parkpilot/services";
import { requireActor } from "../plugins/auth";

/** The gradient database's read side and its evaluation runs (/api/gradient/...). */
export const gradientRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/gradient/catalogue",
      { schema: { tags: ["gradient"], summary: "Tiers, honour tiers and every rule-set version with its dates", response: { 200: ZTierCatalogue } } },
      async (request) => {
        requireActor(request);
        return getTierCatalogue();
      },
    );

    app.get(
      "/api/gradient/funnel",
      {
        schema: {
          tags: ["gradient"],
          summary: "Gradient funnel of the session's province or park (or one park): recognised, eligible not recognised, pending, near misses per tier",
          querystring: ZFunnelQuery,
          response: { 200: ZFunnel },
        },
      },
      async (request) => getTierFunnel(ctx, requireActor(request).scope, request.query),
    );

    app.get(
      "/api/gradient/candidates",
      {
        schema: {
          tags: ["gradient"],
          summary: "Candidates for a tier, closest first, each with its gaps (live explanation of today's data)",
          querystring: ZCandidateQuery,
          response: { 200: ZCandidateList },
        },
      },
      async (request) => listTierCandidates(ctx, requireActor(request).scope, request.query),
    );

    app.post(
      "/api/gradient/evaluations",
      {
        schema: {
          tags: ["gradient"],
          summary: "Assess every enterprise of the scope (or one park) for a data year under the rules in force on asOf; unchanged assessments are skipped",
          body: ZEvaluateTiersRequest,
          response: { 200: ZEvaluateTiersResult },
        },
      },
      async (request) => evaluateTiers(ctx, { scope: requireActor(request).scope, year: request.body.year, asOf: request.body.asOf ?? null, parkId: request.body.parkId ?? null }),
    );

    app.get(
      "/api/gradient/enterprises/:id/card",
      {
        schema: {
          tags: ["gradient"],
          summary: "Tier card: titles held, the ladder and what moves the enterprise up, every criterion explained; ruleVersion pins 2022 or 2026 SME-ladder rules",
          params: ZIdParam,
          querystring: ZTierCardQuery,
          response: { 200: ZTierCard },
        },
      },
      async (request) => getTierCard(ctx, requireActor(request).scope, request.params.id, request.query),
    );
  };
