import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  ZIdParam,
  ZProjectActualsInput,
  ZProjectCreate,
  ZProjectDetail,
  ZProjectList,
  ZProjectListQuery,
  ZProjectSummary,
  ZProjectTransition,
  ZProjectUpdate,
  ZYear,
} from "@parkpilot/contracts";
import { createProject, deleteProject, getProject, listProjects, recordProjectActuals, transitionProject, updateProject, type ServiceContext } from "@parkpilot/services";
import { requireActor } from "../plugins/auth";

export const chainProjectRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ["chains"];
    app.get(
      "/api/chains/projects",
      { schema: { tags, summary: "Investment projects of the session's parks, filtered by park, stage or chain", querystring: ZProjectListQuery, response: { 200: ZProjectList } } },
      async (request) => listProjects(ctx, requireActor(request).scope, request.query),
    );
    app.post(
      "/api/chains/projects",
      { schema: { tags, summary: "Record a project at lead, contacted or negotiating", body: ZProjectCreate, response: { 201: ZProjectSummary } } },
      async (request, reply) => reply.status(201).send(await createProject(ctx, requireActor(request), request.body)),
    );
    app.get(
      "/api/chains/projects/:id",
      { schema: { tags, summary: "A project with history, actuals against commitments and the projected per-mu class", params: ZIdParam, response: { 200: ZProjectDetail } } },
      async (request) => getProject(ctx, requireActor(request).scope, request.params.id),
    );
    app.patch(
      "/api/chains/projects/:id",
      { schema: { tags, summary: "Edit a project's description, links or commitments (audited)", params: ZIdParam, body: ZProjectUpdate, response: { 200: ZProjectSummary } } },
      async (request) => updateProject(ctx, requireActor(request), request.params.id, request.body),
    );
    app.delete(
      "/api/chains/projects/:id",
      { schema: { tags, summary: "Delete a project entered by mistake (audited)", params: ZIdParam, response: { 204: z.null() } } },
      async (request, reply) => {
        await deleteProject(ctx, requireActor(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
    app.post(
      "/api/chains/projects/:id/transitions",
      {
        schema: {
          tags,
          summary: "Move a project to its next stage (signing needs every commitment, a loss its reason); illegal moves are refused",
          params: ZIdParam,
          body: ZProjectTransition,
          response: { 200: ZProjectDetail },
        },
      },
      async (request) => transitionProject(ctx, requireActor(request), request.params.id, request.body),
    );
    app.put(
      "/api/chains/projects/:id/actuals/:year",
      {
        schema: {
          tags,
          summary: "Record a signed project's actual investment, output, tax and jobs for a year",
          params: ZIdParam.extend({ year: ZYear }),
          body: ZProjectActualsInput,
          response: { 200: ZProjectDetail },
        },
      },
      async (request) => recordProjectActuals(ctx, requireActor(request), request.params.id, request.params.year, request.body),
    );
  };
