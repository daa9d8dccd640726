import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ZAnnualUpsert, ZEnterpriseDetail, ZEnterpriseList, ZEnterpriseListQuery, ZIdParam, ZMonthlyUpsert, ZPeriod, ZYear } from "@parkpilot/contracts";
import { getEnterprise, listEnterprises, upsertIndicatorValues, type ServiceContext } from "@parkpilot/services";
import { requireActor } from "../plugins/auth";

const ZUpsertResult = z.object({ created: z.boolean(), changed: z.array(z.string()) });
const ZVia = z.object({ via: z.enum(["manual", "api"]).default("api") });

export const enterpriseRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/enterprises",
      {
        schema: {
          tags: ["enterprises"],
          summary: "Enterprises visible to the session: filter by park, industry, status; search by name or credit code",
          querystring: ZEnterpriseListQuery,
          response: { 200: ZEnterpriseList.extend({ year: z.number().int().nullable() }) },
        },
      },
      async (request) => listEnterprises(ctx, requireActor(request).scope, request.query),
    );

    app.get(
      "/api/enterprises/:id",
      {
        schema: {
          tags: ["enterprises"],
          summary: "Enterprise profile with annual and monthly history; every value with its provenance",
          params: ZIdParam,
          response: { 200: ZEnterpriseDetail },
        },
      },
      async (request) => getEnterprise(ctx, requireActor(request).scope, request.params.id),
    );

    app.put(
      "/api/enterprises/:id/annual/:year",
      {
        schema: {
          tags: ["enterprises"],
          summary: "Report or correct annual indicator values (validated, audited, provenance per value)",
          params: ZIdParam.extend({ year: ZYear }),
          querystring: ZVia,
          body: ZAnnualUpsert,
          response: { 200: ZUpsertResult },
        },
      },
      async (request) =>
        upsertIndicatorValues(ctx, {
          actor: requireActor(request),
          enterpriseId: request.params.id,
          grain: { kind: "annual", year: request.params.year },
          values: request.body.values,
          via: request.query.via,
          ...(request.body.note ? { note: request.body.note } : {}),
        }),
    );

    app.put(
      "/api/enterprises/:id/monthly/:period",
      {
        schema: {
          tags: ["enterprises"],
          summary: "Report or correct monthly indicator values",
          params: ZIdParam.extend({ period: ZPeriod }),
          querystring: ZVia,
          body: ZMonthlyUpsert,
          response: { 200: ZUpsertResult },
        },
      },
      async (request) =>
        upsertIndicatorValues(ctx, {
          actor: requireActor(request),
          enterpriseId: request.params.id,
          grain: { kind: "monthly", period: request.params.period },
          values: request.body.values,
          via: request.query.via,
          ...(request.body.note ? { note: request.body.note } : {}),
        }),
    );
  };
