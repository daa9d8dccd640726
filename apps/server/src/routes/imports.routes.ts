import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ZIdParam, ZImportBatch, ZImportDetail, ZImportKind, ZImportList, ZImportListQuery, ZPageQuery, ZTemplateQuery } from "@parkpilot/contracts";
import { buildErrorReport, buildImportTemplate, buildWarningReport, getImport, importFile, listImports, validationError, type ServiceContext } from "@parkpilot/services";
import { requireActor } from "../plugins/auth";
import { receiveUpload } from "../plugins/uploads";

const attachment = (fileName: string) => `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`;

export const importRoutes =
  (ctx: ServiceContext, options: { maxUploadBytes: number }): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/imports/templates/:kind",
      {
        schema: {
          tags: ["imports"],
          summary: "Download an import template (xlsx with Chinese headers, units, validation lists and a help sheet; or csv)",
          params: z.object({ kind: ZImportKind }),
          querystring: ZTemplateQuery,
        },
      },
      async (request, reply) => {
        requireActor(request);
        const file = await buildImportTemplate(request.params.kind, request.query.format);
        return reply.header("content-type", file.contentType).header("content-disposition", attachment(file.fileName)).send(file.body);
      },
    );

    app.post(
      "/api/imports",
      {
        schema: {
          tags: ["imports"],
          summary: "Upload a file (multipart: kind, then file). Every row is validated; the whole file is applied or nothing is",
          consumes: ["multipart/form-data"],
          response: { 201: ZImportBatch },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const upload = await receiveUpload(request, "fields kind and file");
        const kind = ZImportKind.safeParse(upload.field("kind"));
        if (!kind.success) {
          throw validationError("Unknown import kind", [{ path: "kind", message: `one of ${ZImportKind.options.join(", ")} (sent before the file)` }]);
        }
        const outcome = await importFile(ctx, { actor, kind: kind.data, fileName: upload.fileName, body: upload.body, maxBytes: options.maxUploadBytes });
        return reply.status(201).send(outcome.batch);
      },
    );

    app.get(
      "/api/imports",
      { schema: { tags: ["imports"], summary: "Import history visible to the session, newest first", querystring: ZImportListQuery, response: { 200: ZImportList } } },
      async (request) => listImports(ctx, requireActor(request).scope, request.query),
    );

    app.get(
      "/api/imports/:id",
      {
        schema: { tags: ["imports"], summary: "One import with a page of its row errors (rejected) and of its values to check (applied)", params: ZIdParam, querystring: ZPageQuery, response: { 200: ZImportDetail } },
      },
      async (request) => getImport(ctx, requireActor(request).scope, request.params.id, request.query),
    );

    app.get(
      "/api/imports/:id/errors",
      { schema: { tags: ["imports"], summary: "Download all row errors of an import (row, column, value, message)", params: ZIdParam, querystring: ZTemplateQuery } },
      async (request, reply) => {
        const file = await buildErrorReport(ctx, requireActor(request).scope, request.params.id, request.query.format);
        return reply.header("content-type", file.contentType).header("content-disposition", attachment(file.fileName)).send(file.body);
      },
    );

    app.get(
      "/api/imports/:id/warnings",
      {
        schema: {
          tags: ["imports"],
          summary: "Download all values of an applied import that need a second look (row, column, value, reference period and value, message)",
          params: ZIdParam,
          querystring: ZTemplateQuery,
        },
      },
      async (request, reply) => {
        const file = await buildWarningReport(ctx, requireActor(request).scope, request.params.id, request.query.format);
        return reply.header("content-type", file.contentType).header("content-disposition", attachment(file.fileName)).send(file.body);
      },
    );
  };
