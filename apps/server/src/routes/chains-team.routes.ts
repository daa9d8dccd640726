import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  ZChainOwner,
  ZChainOwnerAccounts,
  ZChainOwnerInput,
  ZChainOwnerList,
  ZChainOwnerListQuery,
  ZChainOwnerUpdate,
  ZChainTask,
  ZChainTaskInput,
  ZChainTaskList,
  ZChainTaskListQuery,
  ZChainTaskUpdate,
  ZIdParam,
  ZVisit,
  ZVisitCreated,
  ZVisitInput,
  ZVisitList,
  ZVisitListQuery,
  ZVisitUpdate,
} from "@parkpilot/contracts";
import {
  createChainOwner,
  createChainTask,
  deleteChainOwner,
  deleteChainTask,
  deleteVisit,
  listChainOwnerAccounts,
  listChainOwners,
  listChainTasks,
  listVisits,
  recordVisit,
  updateChainOwner,
  updateChainTask,
  updateVisit,
  type ServiceContext,
} from "@parkpilot/services";
import { requireActor } from "../plugins/auth";

/** 链长制: chain owners and their teams, their tasks, and the shared enterprise visit log. */
export const chainTeamRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ["chains"];
    app.get(
      "/api/chains/owners",
      { schema: { tags, summary: "链长 and teams of the session's parks and province, with open and overdue tasks", querystring: ZChainOwnerListQuery, response: { 200: ZChainOwnerList } } },
      async (request) => listChainOwners(ctx, requireActor(request).scope, request.query),
    );
    app.post(
      "/api/chains/owners",
      { schema: { tags, summary: "Name a 链长 and team for a chain of a park (parkId) or of the province", body: ZChainOwnerInput, response: { 201: ZChainOwner } } },
      async (request, reply) => reply.status(201).send(await createChainOwner(ctx, requireActor(request), request.body)),
    );
    app.patch(
      "/api/chains/owners/:id",
      { schema: { tags, summary: "Change a 链长 or the team", params: ZIdParam, body: ZChainOwnerUpdate, response: { 200: ZChainOwner } } },
      async (request) => updateChainOwner(ctx, requireActor(request), request.params.id, request.body),
    );
    app.delete(
      "/api/chains/owners/:id",
      { schema: { tags, summary: "Remove a 链长 with its tasks", params: ZIdParam, response: { 204: z.null() } } },
      async (request, reply) => {
        await deleteChainOwner(ctx, requireActor(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
    app.get(
      "/api/chains/owners/:id/accounts",
      {
        schema: {
          tags,
          summary: "Accounts a 链长 and its team members may be linked to: the active accounts of its own park or province (names, roles and tenants only)",
          params: ZIdParam,
          response: { 200: ZChainOwnerAccounts },
        },
      },
      async (request) => listChainOwnerAccounts(ctx, requireActor(request), request.params.id),
    );
    app.get(
      "/api/chains/tasks",
      { schema: { tags, summary: "Tasks of the visible 链长, earliest deadline first, overdue computed from today", querystring: ZChainTaskListQuery, response: { 200: ZChainTaskList } } },
      async (request) => listChainTasks(ctx, requireActor(request).scope, request.query),
    );
    app.post(
      "/api/chains/owners/:id/tasks",
      { schema: { tags, summary: "Give a 链长's team a task", params: ZIdParam, body: ZChainTaskInput, response: { 201: ZChainTask } } },
      async (request, reply) => reply.status(201).send(await createChainTask(ctx, requireActor(request), request.params.id, request.body)),
    );
    app.patch(
      "/api/chains/tasks/:id",
      { schema: { tags, summary: "Update a task (status, deadline, wording)", params: ZIdParam, body: ZChainTaskUpdate, response: { 200: ZChainTask } } },
      async (request) => updateChainTask(ctx, requireActor(request), request.params.id, request.body),
    );
    app.delete(
      "/api/chains/tasks/:id",
      { schema: { tags, summary: "Delete a task", params: ZIdParam, response: { 204: z.null() } } },
      async (request, reply) => {
        await deleteChainTask(ctx, requireActor(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
    app.get(
      "/api/chains/visits",
      { schema: { tags, summary: "The shared visit log of the session's enterprises, newest first", querystring: ZVisitListQuery, response: { 200: ZVisitList } } },
      async (request) => listVisits(ctx, requireActor(request).scope, request.query),
    );
    app.post(
      "/api/chains/enterprises/:id/visits",
      {
        schema: {
          tags,
          summary: "Log a visit; warns about visits by other teams to the same enterprise within 30 days",
          params: ZIdParam,
          body: ZVisitInput,
          response: { 201: ZVisitCreated },
        },
      },
      async (request, reply) => reply.status(201).send(await recordVisit(ctx, requireActor(request), request.params.id, request.body)),
    );
    app.patch(
      "/api/chains/visits/:id",
      { schema: { tags, summary: "Correct a logged visit (date, team, purpose, notes, follow-up date)", params: ZIdParam, body: ZVisitUpdate, response: { 200: ZVisit } } },
      async (request) => updateVisit(ctx, requireActor(request), request.params.id, request.body),
    );
    app.delete(
      "/api/chains/visits/:id",
      { schema: { tags, summary: "Delete a visit logged by mistake", params: ZIdParam, response: { 204: z.null() } } },
      async (request, reply) => {
        await deleteVisit(ctx, requireActor(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
