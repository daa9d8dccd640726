import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ZChainMap, ZChainSubjectQuery, ZSegmentEnterpriseList, ZSegmentEnterprisesQuery, ZTargetList, ZTargetsQuery } from "@parkpilot/contracts";
import { getChainMap, getChainTargets, listSegmentEnterprises, type ServiceContext } from "@parkpilot/services";
import { requireActor } from "../plugins/auth";

export const chainMapRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/chains/map",
      {
        schema: {
          tags: ["chains"],
          summary: "Chain map of a park (parkId) or a province (provinceCode): segments strong/weak/missing with reasons, figures, chain leaders",
          querystring: ZChainSubjectQuery,
          response: { 200: ZChainMap },
        },
      },
      async (request) => getChainMap(ctx, requireActor(request).scope, request.query),
    );

    app.get(
      "/api/chains/map/segment-enterprises",
      {
        schema: {
          tags: ["chains"],
          summary: "Drill-down: the enterprises of one segment of the map (counted, pending confirmation, or rejected)",
          querystring: ZSegmentEnterprisesQuery,
          response: { 200: ZSegmentEnterpriseList },
        },
      },
      async (request) => listSegmentEnterprises(ctx, requireActor(request).scope, request.query),
    );

    app.get(
      "/api/chains/targets",
      {
        schema: {
          tags: ["chains"],
          summary: "链式招商: ranked candidate enterprises elsewhere for the missing and weak segments, each rank explained (public profile fields only)",
          querystring: ZTargetsQuery,
          response: { 200: ZTargetList },
        },
      },
      async (request) => getChainTargets(ctx, requireActor(request).scope, request.query),
    );
  };
