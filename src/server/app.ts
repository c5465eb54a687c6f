import { registerDrain } from './http/drain.js';
import { responseSerializerFactory } from './http/response-serializer.js';
import { registerJsonCompression } from './http/compress-json.js';
import { prettyLogStream, type LogDestination } from './logging/pretty-log.js';
import { fastifyTrustProxy } from './http/trust-proxy.js';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppConfig } from './config.js';
import { systemClock, type AppContext, type Clock } from './context.js';
import { openDatabase, type DatabaseHandle } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { answerFrameworkError, registerErrorHandling } from './plugins/errors.js';
import { refuseNulCharacters, registerValidation } from './plugins/validation.js';
import { registerAuthentication } from './plugins/authentication.js';
import { registerOpenApi } from './plugins/openapi.js';
import { registerSecurityHeaders } from './plugins/security-headers.js';
import { refuseCrossSiteRequests } from './plugins/cross-site-requests.js';
import { registerWebApp } from './plugins/web-app.js';
import { ErrorResponse } from './http/schemas.js';
import { registerApiRoutes } from './modules/api-routes.js';
import { createAuthService } from './modules/auth/auth.service.js';
import { createApiTokenService } from './modules/api-tokens/api-tokens.service.js';
import { createMailTransport } from './modules/mail/mail-transport.js';
import { createMailWorker, type MailWorker } from './modules/mail/mail-worker.js';
import { createWebhookWorker, type WebhookWorker } from './modules/webhooks/webhook-worker.js';
import { createInboundReplies, type InboundReplies } from './modules/ticket-replies/inbound-replies.js';

export interface BuildAppOptions {
  clock?: Clock;
  /** Reuse an open database (tests); otherwise one is opened from the config and closed with the app. */
  database?: DatabaseHandle;
  logger?: boolean;
  /** Where log lines go (default: standard output, as pino writes it); LOG_FORMAT=pretty makes them readable lines first. */
  logDestination?: LogDestination;
}

export type App = FastifyInstance & { ctx: AppContext };

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const webDistDir = path.join(projectRoot, 'dist/web');

/** Builds the whole application (migrated database, plugins, modules) without listening. */
export async function buildApp(config: AppConfig, options: BuildAppOptions = {}): Promise<App> {
  const database = options.database ?? openDatabase(config);
  const ownsDatabase = !options.database;
  try {
    await migrateToLatest(database.db, config.databaseSchema);
  } catch (error) {
    if (ownsDatabase) await database.destroy();
    throw error;
  }
  const ctx: AppContext = { config, db: database.db, engine: database.engine, clock: options.clock ?? systemClock };

  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers.authorization'], stream: config.logFormat === 'json' ? options.logDestination : prettyLogStream(options.logDestination ?? process.stdout) },
    // One line per request (onResponse below) instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    trustProxy: fastifyTrustProxy(config.trustProxy),
    // server.ts closes idle connections itself, a moment after the listener closed: a connection accepted
    // just before may not have sent its request yet, and closing it at once would reset that request.
    forceCloseConnections: false,
    bodyLimit: 1024 * 1024,
    frameworkErrors: answerFrameworkError,
    schemaController: { compilersFactory: { buildSerializer: responseSerializerFactory() } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorate('ctx', ctx);
  app.addSchema(ErrorResponse);
  registerValidation(app);
  refuseNulCharacters(app);
  registerErrorHandling(app);
  registerSecurityHeaders(app, config.publicUrl);
  registerDrain(app);
  registerJsonCompression(app);
  app.addHook('onResponse', async (request, reply) => {
    const line = { method: request.method, url: request.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime) };
    if (reply.statusCode >= 500) request.log.error(line, 'request failed');
    else request.log.info(line, 'request');
  });
  refuseCrossSiteRequests(app, config.publicUrl);
  await app.register(cookie);
  await registerOpenApi(app, { publicUrl: ctx.config.publicUrl });

  const auth = createAuthService(ctx);
  const apiTokens = createApiTokenService(ctx);
  registerAuthentication(app, auth, apiTokens);
  const mailWorker = createMailWorker(ctx, createMailTransport(config), app.log);
  app.decorate('mailWorker', mailWorker);
  const webhookWorker = createWebhookWorker(ctx, app.log);
  app.decorate('webhookWorker', webhookWorker);
  const inboundReplies = createInboundReplies(ctx, app.log);
  app.decorate('inboundReplies', inboundReplies);
  const secureCookies = config.publicUrl.startsWith('https://');

  await app.register(async (api) => registerApiRoutes(api, { ctx, auth, apiTokens, secureCookies }), { prefix: '/api/v1' });

  if (config.serveWeb && fs.existsSync(path.join(webDistDir, 'index.html'))) {
    await registerWebApp(app, webDistDir);
  }

  app.addHook('onClose', async () => {
    await inboundReplies.close();
    await mailWorker.stop();
    await webhookWorker.stop();
    if (ownsDatabase) await database.destroy();
  });
  return app as unknown as App;
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
    /** Delivers the mail outbox; server.ts starts its polling, tests call runOnce(). */
    mailWorker: MailWorker;
    /** Delivers the webhook outbox; server.ts starts its polling, tests call runOnce(). */
    webhookWorker: WebhookWorker;
    /** Reply by e-mail: server.ts starts it when INBOUND_SMTP_PORT is set, tests listen on port 0. */
    inboundReplies: InboundReplies;
  }
}
