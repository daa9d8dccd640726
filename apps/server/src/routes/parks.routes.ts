import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ZIdParam, ZParkDetail, ZParkIndustryMix, ZParkIndustryMixQuery, ZParkList, ZParkListQuery, ZParkMonthly } from "@parkpilot/contracts";
import { getPark, listParks, parkIndustryMix, parkMonthlySeries, type ServiceContext } from "@parkpilot/services";
import { requireActor } from "../plugins/auth";

export const parkRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/parks",
      {
        schema: {
          tags: ["parks"],
          summary: "Parks visible to the session, with headline KPIs of a year, filtered, sorted and paged",
          querystring: ZParkListQuery,
          response: { 200: ZParkList.extend({ year: z.number().int().nullable() }) },
        },
      },
      async (request) => listParks(ctx, requireActor(request).scope, request.query),
    );

    app.get(
      "/api/parks/:id",
      { schema: { tags: ["parks"], summary: "Park profile, leading industries and KPI history", params: ZIdParam, response: { 200: ZParkDetail } } },
      async (request) => getPark(ctx, requireActor(request).scope, request.params.id),
    );

    app.get(
      "/api/parks/:id/monthly",
      { schema: { tags: ["parks"], summary: "Last 36 months of the park's totals (output, revenue, tax, electricity)", params: ZIdParam, response: { 200: ZParkMonthly } } },
      async (request) => parkMonthlySeries(ctx, requireActor(request).scope, request.params.id),
    );

    app.get(
      "/api/parks/:id/industry-mix",
      {
        schema: {
          tags: ["parks"],
          summary: "Output and revenue by GB/T 4754 division for a year, leading industries marked",
          params: ZIdParam,
          querystring: ZParkIndustryMixQuery,
          response: { 200: ZParkIndustryMix },
        },
      },
      async (request) => parkIndustryMix(ctx, requireActor(request).scope, request.params.id, request.query.year),
    );
  };
