import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  ZEnterpriseIndicators,
  ZEvaluationSettings,
  ZEvaluationSettingsBody,
  ZEvaluationYearQuery,
  ZHomogeneity,
  ZHomogeneityQuery,
  ZIdParam,
  ZIndicatorCatalogueResponse,
  ZLeadingIndustryCheck,
  ZParkDashboard,
  ZParkIndicators,
  ZParkMonitoring,
  ZParkMonitoringQuery,
  ZRecomputeBody,
  ZRecomputeResult,
} from "@parkpilot/contracts";
import {
  enterpriseIndicators,
  evaluationSettings,
  indicatorCatalogue,
  leadingIndustryCheck,
  parkDashboard,
  parkIndicators,
  parkMonitoring,
  provinceHomogeneityView,
  recomputeEvaluation,
  updateEvaluationSettings,
  type ServiceContext,
} from "@parkpilot/services";
import { requireActor } from "../plugins/auth";

const TAGS = ["evaluation"];

/** Park evaluation: catalogue, indicators, dashboard, monitoring, leading industries, homogeneity, settings, recompute. */
export const evaluationRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/evaluation/indicators",
      { schema: { tags: TAGS, summary: "The indicator catalogue: formula, unit, frequency, direction, data source, owner, thresholds, orientation, citation", response: { 200: ZIndicatorCatalogueResponse } } },
      async (request) => {
        requireActor(request);
        return indicatorCatalogue();
      },
    );

    app.get(
      "/api/evaluation/parks/:id/indicators",
      {
        schema: {
          tags: TAGS,
          summary: "A park's annual indicators for a year, with completeness, rating and the province median",
          params: ZIdParam,
          querystring: ZEvaluationYearQuery,
          response: { 200: ZParkIndicators },
        },
      },
      async (request) => parkIndicators(ctx, requireActor(request).scope, request.params.id, request.query.year),
    );

    app.get(
      "/api/evaluation/parks/:id/dashboard",
      {
        schema: {
          tags: TAGS,
          summary: "Park dashboard: headline indicators, per-mu class distribution, unresolved alerts by state and severity, latest month, when it was computed (ISO 8601)",
          params: ZIdParam,
          querystring: ZEvaluationYearQuery,
          response: { 200: ZParkDashboard },
        },
      },
      async (request) => parkDashboard(ctx, requireActor(request).scope, request.params.id, request.query.year),
    );

    app.get(
      "/api/evaluation/parks/:id/monitoring",
      {
        schema: {
          tags: TAGS,
          summary: "Monthly monitoring: 36 months with year-on-year, month-on-month, year-to-date; industries with contributions",
          params: ZIdParam,
          querystring: ZParkMonitoringQuery,
          response: { 200: ZParkMonitoring },
        },
      },
      async (request) => parkMonitoring(ctx, requireActor(request).scope, request.params.id, request.query.field, request.query.period),
    );

    app.get(
      "/api/evaluation/parks/:id/leading-industries",
      {
        schema: {
          tags: TAGS,
          summary: "The ≤3 leading-industry check (declared and observed), concentration and its trend",
          params: ZIdParam,
          querystring: ZEvaluationYearQuery,
          response: { 200: ZLeadingIndustryCheck },
        },
      },
      async (request) => leadingIndustryCheck(ctx, requireActor(request).scope, request.params.id, request.query.year),
    );

    app.get(
      "/api/evaluation/enterprises/:id/indicators",
      {
        schema: {
          tags: TAGS,
          summary: "An enterprise's catalogue indicators for a year, with the reason where unknown",
          params: ZIdParam,
          querystring: ZEvaluationYearQuery,
          response: { 200: ZEnterpriseIndicators },
        },
      },
      async (request) => enterpriseIndicators(ctx, requireActor(request).scope, request.params.id, request.query.year),
    );

    app.get(
      "/api/evaluation/homogeneity",
      {
        schema: {
          tags: TAGS,
          summary: "Homogeneity between the province's parks: heat map, similar pairs (S_ij), duplicated industries, parks with too many leading industries",
          querystring: ZHomogeneityQuery,
          response: { 200: ZHomogeneity },
        },
      },
      async (request) => provinceHomogeneityView(ctx, requireActor(request).scope, request.query),
    );

    app.get(
      "/api/evaluation/settings",
      { schema: { tags: TAGS, summary: "The province's per-mu rule set and the shipped ones", response: { 200: ZEvaluationSettings } } },
      async (request) => evaluationSettings(ctx, requireActor(request).scope),
    );

    app.put(
      "/api/evaluation/settings",
      {
        schema: { tags: TAGS, summary: "Pick a shipped per-mu rule set or store the province's own (validated and compiled first)", body: ZEvaluationSettingsBody, response: { 200: ZEvaluationSettings } },
      },
      async (request) => updateEvaluationSettings(ctx, requireActor(request), request.body),
    );

    app.post(
      "/api/evaluation/recompute",
      {
        config: { rateLimit: { max: 6, timeWindow: "1 minute" } },
        schema: { tags: TAGS, summary: "Recompute the province's indicators, per-mu classes and alerts (province accounts)", body: ZRecomputeBody, response: { 200: ZRecomputeResult } },
      },
      async (request) => {
        const { scope } = requireActor(request);
        return recomputeEvaluation(ctx, scope, scope.provinceCode, request.body);
      },
    );
  };
