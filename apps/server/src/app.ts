import Fastify, { type FastifyInstance } from "fastify";
import cookie from "@fastify/cookie";
import multipart from "@fastify/multipart";
import rateLimit from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import type { Config, ServiceContext } from "@parkpilot/services";
import type { DemoDerivationState } from "./demo-derivation";
import { registerAuth } from "./plugins/auth";
import { registerErrorHandler } from "./plugins/error-handler";
import { registerWellFormedText } from "./plugins/well-formed-text";
import { registerWeb } from "./plugins/web";
import { authRoutes } from "./routes/auth.routes";
import { enterpriseRoutes } from "./routes/enterprises.routes";
import { importRoutes } from "./routes/imports.routes";
import { metaRoutes } from "./routes/meta.routes";
import { parkRoutes } from "./routes/parks.routes";
import { chainTemplateRoutes } from "./routes/chains-templates.routes";
import { chainPlacementRoutes } from "./routes/chains-placements.routes";
import { chainMapRoutes } from "./routes/chains-map.routes";
import { chainProjectRoutes } from "./routes/chains-projects.routes";
import { chainTeamRoutes } from "./routes/chains-team.routes";
import { evaluationRoutes } from "./routes/evaluation.routes";
import { evaluationLandRoutes } from "./routes/evaluation-land.routes";
import { evaluationScorecardRoutes } from "./routes/evaluation-scorecard.routes";
import { evaluationAlertRoutes } from "./routes/evaluation-alerts.routes";
import { gradientRoutes } from "./routes/gradient.routes";
import { gradientHonourRoutes } from "./routes/gradient-honours.routes";
import { gradientAdminRoutes } from "./routes/gradient-admin.routes";

export interface AppDependencies {
  readonly ctx: ServiceContext;
  readonly config: Pick<Config, "sessionSecret" | "maxUploadBytes" | "logLevel" | "loginAttemptsPerMinute">;
  /** Directory of the built web app to serve at /, when present. */
  readonly webRoot?: string | null;
  readonly secureCookies?: boolean;
  /** Where the first start's background derivation of the demo stands (startServer's), for GET /api/meta/demo. */
  readonly demoDerivation?: () => DemoDerivationState | null;
}

/** Builds the HTTP app without listening, so tests drive it with app.inject(). */
export const createApp = async (deps: AppDependencies): Promise<FastifyInstance> => {
  const app = Fastify({
    logger: deps.config.logLevel === "silent" ? false : { level: deps.config.logLevel },
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  registerWellFormedText(app);

  await app.register(cookie, { secret: deps.config.sessionSecret });
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: deps.config.maxUploadBytes, files: 1, fields: 10 }, throwFileSizeLimit: true });
  await app.register(swagger, {
    openapi: {
      info: { title: "ParkPilot API", description: "工业园区高质量发展平台 API. Session cookie auth: POST /api/auth/login.", version: "0.1.0" },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs" });
  registerAuth(app, deps.ctx);

  await app.register(metaRoutes(deps.ctx, deps.demoDerivation ?? (() => null)));
  await app.register(authRoutes(deps.ctx, { secureCookies: deps.secureCookies ?? false, loginAttemptsPerMinute: deps.config.loginAttemptsPerMinute }));
  await app.register(parkRoutes(deps.ctx));
  await app.register(enterpriseRoutes(deps.ctx));
  await app.register(importRoutes(deps.ctx, { maxUploadBytes: deps.config.maxUploadBytes }));
  await app.register(chainTemplateRoutes(deps.ctx));
  await app.register(chainPlacementRoutes(deps.ctx));
  await app.register(chainMapRoutes(deps.ctx));
  await app.register(chainProjectRoutes(deps.ctx));
  await app.register(chainTeamRoutes(deps.ctx));
  await app.register(evaluationRoutes(deps.ctx));
  await app.register(evaluationLandRoutes(deps.ctx));
  await app.register(evaluationScorecardRoutes(deps.ctx));
  await app.register(evaluationAlertRoutes(deps.ctx));
  await app.register(gradientRoutes(deps.ctx));
  await app.register(gradientHonourRoutes(deps.ctx, { maxUploadBytes: deps.config.maxUploadBytes }));
  await app.register(gradientAdminRoutes(deps.ctx));
  if (deps.webRoot) await registerWeb(app, deps.webRoot);
  return app;
};
