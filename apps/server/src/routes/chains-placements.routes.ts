import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ZChainPlacement, ZChainPlacementList, ZIdParam, ZPlacementDecision, ZPlacementRun, ZPlacementRunResult } from "@parkpilot/contracts";
import { decidePlacement, listEnterprisePlacements, placeEnterprisesOnChains, type ServiceContext } from "@parkpilot/services";
import { requireActor } from "../plugins/auth";

export const chainPlacementRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/chains/enterprises/:id/placements",
      {
        schema: {
          tags: ["chains"],
          summary: "Where an enterprise sits on the chains, each placement with method, confidence and reason (enterprise accounts: their own)",
          params: ZIdParam,
          response: { 200: ZChainPlacementList },
        },
      },
      async (request) => listEnterprisePlacements(ctx, requireActor(request).scope, request.params.id),
    );

    app.post(
      "/api/chains/enterprises/:id/placements/decisions",
      {
        schema: {
          tags: ["chains"],
          summary: "Confirm, reject or clear a placement (a person's decision survives recomputation); confirming an unplaced segment adds a manual placement",
          params: ZIdParam,
          body: ZPlacementDecision,
          response: { 200: z.object({ placement: ZChainPlacement.nullable() }) },
        },
      },
      async (request) => ({ placement: await decidePlacement(ctx, requireActor(request), request.params.id, request.body) }),
    );

    app.post(
      "/api/chains/placements/run",
      {
        schema: {
          tags: ["chains"],
          summary: "Recompute machine placements of the session's enterprises (optionally one park, some chains); decisions are kept",
          body: ZPlacementRun,
          response: { 200: ZPlacementRunResult },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        return placeEnterprisesOnChains(ctx, { scope: actor.scope, templateCodes: request.body.templateCodes, parkId: request.body.parkId });
      },
    );
  };
