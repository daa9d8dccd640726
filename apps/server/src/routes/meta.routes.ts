import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ZDataYears, ZDemoState, ZFieldCatalogue } from "@parkpilot/contracts";
import { ANNUAL_FIELDS, MONTHLY_FIELDS, type IndicatorField } from "@parkpilot/core";
import { demoStatus, provinceDataYears, type ServiceContext } from "@parkpilot/services";
import type { DemoDerivationState } from "../demo-derivation";
import { requireActor } from "../plugins/auth";

const present = (f: IndicatorField) => ({ key: f.key, zh: f.zh, en: f.en, unit: f.unit, unitEn: f.unitEn, kind: f.kind });

export const metaRoutes =
  (ctx: ServiceContext, demoDerivation: () => DemoDerivationState | null): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/health",
      {
        schema: {
          tags: ["meta"],
          summary: "Liveness and database reachability (503 when the database does not answer)",
          response: {
            200: z.object({ status: z.literal("ok"), database: z.enum(["pglite", "postgres"]) }),
            503: z.object({ status: z.literal("unavailable"), database: z.enum(["pglite", "postgres"]), message: z.string() }),
          },
        },
      },
      async (request, reply) => {
        const database = ctx.database.target.kind;
        try {
          await ctx.database.query("SELECT 1");
          return { status: "ok" as const, database };
        } catch (error) {
          request.log.error({ err: error }, "health: the database does not answer");
          return reply.code(503).send({ status: "unavailable" as const, database, message: "the database does not answer" });
        }
      },
    );

    app.get(
      "/api/meta/fields",
      { schema: { tags: ["meta"], summary: "Indicator catalogue: keys, labels (zh/en) and units", response: { 200: ZFieldCatalogue } } },
      async () => ({ annual: ANNUAL_FIELDS.map(present), monthly: MONTHLY_FIELDS.map(present) }),
    );

    app.get(
      "/api/meta/demo",
      {
        schema: {
          tags: ["meta"],
          summary: "The demo province's state, and the progress of its tier assessments, chain maps and park evaluation while the server computes them",
          response: { 200: ZDemoState },
        },
      },
      async (request) => {
        requireActor(request);
        return { status: await demoStatus(ctx), derivation: demoDerivation() };
      },
    );

    app.get(
      "/api/meta/data-years",
      { schema: { tags: ["meta"], summary: "Years with annual data in the session's province, newest first", response: { 200: ZDataYears } } },
      async (request) => ({ years: await provinceDataYears(ctx.database, requireActor(request).scope.provinceCode) }),
    );
  };
