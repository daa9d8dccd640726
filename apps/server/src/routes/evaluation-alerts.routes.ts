import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ZAlertAssignBody, ZAlertAssignees, ZAlertDetail, ZAlertList, ZAlertListQuery, ZAlertTransitionBody, ZIdParam } from "@parkpilot/contracts";
import { assignAlert, getAlert, listAlertAssignees, listAlerts, transitionAlert, type ServiceContext } from "@parkpilot/services";
import { requireActor } from "../plugins/auth";

const TAGS = ["evaluation: alerts"];

/** Early-warning alerts: inbox, detail with the series behind it, status changes, owner and who may own it. */
export const evaluationAlertRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/evaluation/alerts",
      { schema: { tags: TAGS, summary: "Alerts visible to the session, most severe and newest first; filtered by status (or unresolved), severity, park, rule and month, never beyond what the session sees", querystring: ZAlertListQuery, response: { 200: ZAlertList } } },
      async (request) => listAlerts(ctx, requireActor(request).scope, request.query),
    );

    app.get(
      "/api/evaluation/alerts/:id",
      { schema: { tags: TAGS, summary: "An alert with its evidence series, the rule's rationale and citation, and its history", params: ZIdParam, response: { 200: ZAlertDetail } } },
      async (request) => getAlert(ctx, requireActor(request).scope, request.params.id),
    );

    app.post(
      "/api/evaluation/alerts/:id/transition",
      {
        schema: { tags: TAGS, summary: "Acknowledge, resolve (with a note) or reopen an alert", params: ZIdParam, body: ZAlertTransitionBody, response: { 200: ZAlertDetail } },
      },
      async (request) => transitionAlert(ctx, requireActor(request), request.params.id, request.body.to, request.body.note),
    );

    app.get(
      "/api/evaluation/alerts/:id/assignees",
      {
        schema: {
          tags: TAGS,
          summary: "Accounts the alert may be assigned to: the members of its park and province (names, roles and tenants only)",
          params: ZIdParam,
          response: { 200: ZAlertAssignees },
        },
      },
      async (request) => listAlertAssignees(ctx, requireActor(request).scope, request.params.id),
    );

    app.put(
      "/api/evaluation/alerts/:id/owner",
      { schema: { tags: TAGS, summary: "Assign the alert to a member of its park or province, or clear the owner", params: ZIdParam, body: ZAlertAssignBody, response: { 200: ZAlertDetail } } },
      async (request) => assignAlert(ctx, requireActor(request), request.params.id, request.body.ownerUserId),
    );
  };
