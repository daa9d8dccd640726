import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ZChainTemplateDerive, ZChainTemplateDetail, ZChainTemplateList, ZChainTemplateListQuery, ZIdParam } from "@parkpilot/contracts";
import { deriveChainTemplate, getChainTemplate, listChainTemplates, type ServiceContext } from "@parkpilot/services";
import { requireActor } from "../plugins/auth";

export const chainTemplateRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/chains/templates",
      {
        schema: {
          tags: ["chains"],
          summary: "Chain templates visible to the session (shipped and the province's own versions), the effective one marked",
          querystring: ZChainTemplateListQuery,
          response: { 200: ZChainTemplateList },
        },
      },
      async (request) => listChainTemplates(ctx, requireActor(request).scope, request.query),
    );

    app.get(
      "/api/chains/templates/:id",
      { schema: { tags: ["chains"], summary: "One template version with its full definition", params: ZIdParam, response: { 200: ZChainTemplateDetail } } },
      async (request) => getChainTemplate(ctx, requireActor(request).scope, request.params.id),
    );

    app.post(
      "/api/chains/templates/:id/versions",
      {
        schema: {
          tags: ["chains"],
          summary: "Province accounts: copy a template (no definition) or edit it (full definition, same code) into a new province version",
          params: ZIdParam,
          body: ZChainTemplateDerive,
          response: { 201: ZChainTemplateDetail },
        },
      },
      async (request, reply) => reply.status(201).send(await deriveChainTemplate(ctx, requireActor(request), request.params.id, request.body)),
    );
  };
