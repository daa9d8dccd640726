import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ZHonour, ZHonourImportResult, ZHonourInput, ZHonourList, ZHonourListQuery, ZIdParam, ZTemplateQuery } from "@parkpilot/contracts";
import { buildHonoursTemplate, deleteHonour, importHonours, listHonours, saveHonour, type ServiceContext } from "@parkpilot/services";
import { requireActor } from "../plugins/auth";
import { receiveUpload } from "../plugins/uploads";

const attachment = (fileName: string) => `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`;

/** Recognised honours: list with expiry state, hand entry, official-list import and its template. */
export const gradientHonourRoutes =
  (ctx: ServiceContext, options: { maxUploadBytes: number }): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/gradient/honours",
      { schema: { tags: ["gradient"], summary: "Honours of the enterprises the session sees, soonest expiry first", querystring: ZHonourListQuery, response: { 200: ZHonourList } } },
      async (request) => listHonours(ctx, requireActor(request).scope, request.query),
    );

    app.post(
      "/api/gradient/honours",
      { schema: { tags: ["gradient"], summary: "Record an honour by hand (park and province accounts); validity defaults to the tier's term", body: ZHonourInput, response: { 201: ZHonour } } },
      async (request, reply) => reply.status(201).send(await saveHonour(ctx, requireActor(request), request.body)),
    );

    app.put(
      "/api/gradient/honours/:id",
      { schema: { tags: ["gradient"], summary: "Correct an honour", params: ZIdParam, body: ZHonourInput, response: { 200: ZHonour } } },
      async (request) => saveHonour(ctx, requireActor(request), request.body, request.params.id),
    );

    app.delete(
      "/api/gradient/honours/:id",
      { schema: { tags: ["gradient"], summary: "Delete an honour recorded in error", params: ZIdParam, response: { 204: z.null() } } },
      async (request, reply) => {
        await deleteHonour(ctx, requireActor(request), request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.get(
      "/api/gradient/honours/template",
      { schema: { tags: ["gradient"], summary: "Download the honours-list template (xlsx with help sheet, or csv)", querystring: ZTemplateQuery } },
      async (request, reply) => {
        requireActor(request);
        const file = await buildHonoursTemplate(request.query.format);
        return reply.header("content-type", file.contentType).header("content-disposition", attachment(file.fileName)).send(file.body);
      },
    );

    app.post(
      "/api/gradient/honours/import",
      {
        schema: {
          tags: ["gradient"],
          summary: "Import an official honours list (multipart field file, xlsx or csv): all rows or none, every problem by row and column",
          consumes: ["multipart/form-data"],
          response: { 200: ZHonourImportResult },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const upload = await receiveUpload(request, "a file");
        return importHonours(ctx, { actor, fileName: upload.fileName, body: upload.body, maxBytes: options.maxUploadBytes });
      },
    );
  };
