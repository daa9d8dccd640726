import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ZEvaluationYearQuery, ZEvidence, ZEvidenceBody, ZEvidenceDeleteQuery, ZEvidenceParams, ZEvidenceReviewBody, ZIdParam, ZParkScorecard, ZProvinceScorecard } from "@parkpilot/contracts";
import { deleteScorecardEvidence, parkScorecard, provinceScorecard, reviewScorecardEvidence, saveScorecardEvidence, scorecardEvidenceAttachment, type ServiceContext } from "@parkpilot/services";
import { requireActor } from "../plugins/auth";

const TAGS = ["evaluation: scorecard"];

/** The Guidance scorecard: province ranking, park self-assessment, checklist evidence. */
export const evaluationScorecardRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/evaluation/scorecard",
      { schema: { tags: TAGS, summary: "The province's parks ranked on the Guidance scorecard, with dimension scores", querystring: ZEvaluationYearQuery, response: { 200: ZProvinceScorecard } } },
      async (request) => provinceScorecard(ctx, requireActor(request).scope, request.query.year),
    );

    app.get(
      "/api/evaluation/scorecard/parks/:id",
      {
        schema: {
          tags: TAGS,
          summary: "A park's scorecard: 7 dimensions, 19 orientations, findings, completeness, rank and change",
          params: ZIdParam,
          querystring: ZEvaluationYearQuery,
          response: { 200: ZParkScorecard },
        },
      },
      async (request) => parkScorecard(ctx, requireActor(request).scope, request.params.id, request.query.year),
    );

    app.put(
      "/api/evaluation/scorecard/parks/:id/evidence/:itemKey",
      { schema: { tags: TAGS, summary: "File the evidence of a checklist item (note and a small base64 attachment)", params: ZEvidenceParams, body: ZEvidenceBody, response: { 200: ZEvidence } } },
      async (request) => saveScorecardEvidence(ctx, requireActor(request), request.params.id, request.params.itemKey, request.body),
    );

    app.put(
      "/api/evaluation/scorecard/parks/:id/evidence/:itemKey/review",
      {
        schema: {
          tags: TAGS,
          summary: "The province accepts a park's evidence (the item scores) or returns it with the reason",
          params: ZEvidenceParams,
          body: ZEvidenceReviewBody,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await reviewScorecardEvidence(ctx, requireActor(request), request.params.id, request.params.itemKey, request.body);
        return reply.status(204).send(null);
      },
    );

    app.delete(
      "/api/evaluation/scorecard/parks/:id/evidence/:itemKey",
      { schema: { tags: TAGS, summary: "Withdraw the evidence of a checklist item", params: ZEvidenceParams, querystring: ZEvidenceDeleteQuery, response: { 204: z.null() } } },
      async (request, reply) => {
        await deleteScorecardEvidence(ctx, requireActor(request), request.params.id, request.params.itemKey, request.query.year);
        return reply.status(204).send(null);
      },
    );

    app.get(
      "/api/evaluation/scorecard/parks/:id/evidence/:itemKey/attachment",
      { schema: { tags: TAGS, summary: "Download an evidence attachment", params: ZEvidenceParams, querystring: ZEvidenceDeleteQuery } },
      async (request, reply) => {
        const file = await scorecardEvidenceAttachment(ctx, requireActor(request), request.params.id, request.params.itemKey, request.query.year);
        return reply
          .type(file.type)
          .header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
          .header("x-content-type-options", "nosniff")
          .send(file.content);
      },
    );
  };

