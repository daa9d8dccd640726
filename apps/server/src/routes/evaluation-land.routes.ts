import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ZEvaluationYearQuery, ZIdParam, ZLandEnterpriseList, ZLandEnterpriseQuery, ZLandExplanation, ZLandParkSummary, ZParkRanking, ZPlotRatioQuery, ZPlotRatioWhatIf } from "@parkpilot/contracts";
import { enterpriseLandExplanation, listLandEvaluations, parkLandSummary, parkPerMuRanking, parkPlotRatioWhatIf, type ServiceContext } from "@parkpilot/services";
import { parkIndicators } from "@parkpilot/services";
import { requireActor } from "../plugins/auth";

const TAGS = ["evaluation: per-mu"];

/** Per-mu (亩均) evaluation: park summary, enterprise list, explanations, plot-ratio what-if, ranking. */
export const evaluationLandRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/evaluation/land/parks/:id",
      {
        schema: {
          tags: TAGS,
          summary: "Class distribution, land held by the lowest classes, inefficient-land list, plot-ratio what-if",
          params: ZIdParam,
          querystring: ZPlotRatioQuery,
          response: { 200: ZLandParkSummary },
        },
      },
      async (request) => parkLandSummary(ctx, requireActor(request).scope, request.params.id, { target: request.query.target, ...(request.query.year !== undefined ? { year: request.query.year } : {}) }),
    );

    app.get(
      "/api/evaluation/land/parks/:id/plot-ratio",
      { schema: { tags: TAGS, summary: "工业上楼 what-if: extra floor area and projected output at a target plot ratio", params: ZIdParam, querystring: ZPlotRatioQuery, response: { 200: ZPlotRatioWhatIf } } },
      async (request) => {
        // The park's indicators check visibility and give the data year in one call.
        const { year } = await parkIndicators(ctx, requireActor(request).scope, request.params.id, request.query.year);
        return parkPlotRatioWhatIf(ctx.database, request.params.id, year, request.query.target);
      },
    );

    app.get(
      "/api/evaluation/land/parks/:id/enterprises",
      {
        schema: { tags: TAGS, summary: "The park's enterprises with per-mu class, score and rank, best first", params: ZIdParam, querystring: ZLandEnterpriseQuery, response: { 200: ZLandEnterpriseList } },
      },
      async (request) => listLandEvaluations(ctx, requireActor(request).scope, request.params.id, request.query),
    );

    app.get(
      "/api/evaluation/land/enterprises/:id",
      {
        schema: {
          tags: TAGS,
          summary: "One enterprise's per-mu result explained: values, benchmarks, points, class, and what moves it up (enterprise accounts: their own)",
          params: ZIdParam,
          querystring: ZEvaluationYearQuery,
          response: { 200: ZLandExplanation },
        },
      },
      async (request) => enterpriseLandExplanation(ctx, requireActor(request).scope, request.params.id, request.query.year),
    );

    app.get(
      "/api/evaluation/land/ranking",
      { schema: { tags: TAGS, summary: "The province's parks ranked by output and tax per mu", querystring: ZEvaluationYearQuery, response: { 200: ZParkRanking } } },
      async (request) => parkPerMuRanking(ctx, requireActor(request).scope, request.query.year),
    );
  };
