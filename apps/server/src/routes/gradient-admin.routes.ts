import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  ZEnterpriseFacts,
  ZEnterpriseFactsUpdate,
  ZGradientSettings,
  ZGradientSettingsUpdate,
  ZIdParam,
  ZSupportMeasure,
  ZSupportMeasureInput,
  ZSupportMeasureQuery,
} from "@parkpilot/contracts";
import {
  deleteSupportMeasure,
  getEnterpriseFacts,
  getGradientSettings,
  listSupportMeasures,
  saveEnterpriseFacts,
  saveSupportMeasure,
  updateGradientSettings,
  type ServiceContext,
} from "@parkpilot/services";
import { requireActor } from "../plugins/auth";

/** Facts the tier rules read, support measures per tier, and the province's local rule parameters. */
export const gradientAdminRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/gradient/enterprises/:id/facts",
      { schema: { tags: ["gradient"], summary: "Facts the tier rules read about an enterprise (null: unknown), with sources and who may edit", params: ZIdParam, response: { 200: ZEnterpriseFacts } } },
      async (request) => getEnterpriseFacts(ctx, requireActor(request).scope, request.params.id),
    );

    app.put(
      "/api/gradient/enterprises/:id/facts",
      { schema: { tags: ["gradient"], summary: "Record facts (typed by the catalogue; null clears); enterprises declare their own figures only", params: ZIdParam, body: ZEnterpriseFactsUpdate, response: { 200: ZEnterpriseFacts } } },
      async (request) => saveEnterpriseFacts(ctx, requireActor(request), request.params.id, request.body),
    );

    app.get(
      "/api/gradient/measures",
      { schema: { tags: ["gradient"], summary: "Support measures per tier the session sees (province-wide and its parks')", querystring: ZSupportMeasureQuery, response: { 200: z.array(ZSupportMeasure) } } },
      async (request) =>
        listSupportMeasures(ctx, requireActor(request).scope, {
          ...(request.query.tier ? { tier: request.query.tier } : {}),
          ...(request.query.parkId ? { parkId: request.query.parkId } : {}),
          ...(request.query.active ? { active: request.query.active === "true" } : {}),
        }),
    );

    app.post(
      "/api/gradient/measures",
      { schema: { tags: ["gradient"], summary: "Add a support measure (province-wide: province accounts; a park's: its accounts)", body: ZSupportMeasureInput, response: { 201: ZSupportMeasure } } },
      async (request, reply) => reply.status(201).send(await saveSupportMeasure(ctx, requireActor(request), request.body)),
    );

    app.put(
      "/api/gradient/measures/:id",
      { schema: { tags: ["gradient"], summary: "Change a support measure", params: ZIdParam, body: ZSupportMeasureInput, response: { 200: ZSupportMeasure } } },
      async (request) => saveSupportMeasure(ctx, requireActor(request), request.body, request.params.id),
    );

    app.delete(
      "/api/gradient/measures/:id",
      { schema: { tags: ["gradient"], summary: "Remove a support measure", params: ZIdParam, response: { 204: z.null() } } },
      async (request, reply) => {
        await deleteSupportMeasure(ctx, requireActor(request), request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.get(
      "/api/gradient/settings",
      { schema: { tags: ["gradient"], summary: "The province's evaluation day and local rule parameters (overlays), with shipped defaults", response: { 200: ZGradientSettings } } },
      async (request) => getGradientSettings(ctx, requireActor(request).scope),
    );

    app.put(
      "/api/gradient/settings",
      { schema: { tags: ["gradient"], summary: "Change the evaluation day or local rule parameters (province accounts; checked by compiling)", body: ZGradientSettingsUpdate, response: { 200: ZGradientSettings } } },
      async (request) => updateGradientSettings(ctx, requireActor(request), request.body),
    );
  };
