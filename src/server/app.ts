import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppConfig } from './config.js';
import { systemClock, type AppContext, type Clock } from './context.js';
import { openDatabase, type DatabaseHandle } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { registerErrorHandling } from './plugins/errors.js';
import { registerValidation } from './plugins/validation.js';
import { registerAuthentication } from './plugins/authentication.js';
import { registerOpenApi } from './plugins/openapi.js';
import { registerSecurityHeaders } from './plugins/security-headers.js';
import { registerWebApp } from './plugins/web-app.js';
import { ErrorResponse } from './http/schemas.js';
import { createAuthService } from './modules/auth/auth.service.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { createCustomersService } from './modules/customers/customers.service.js';
import { customersRoutes } from './modules/customers/customers.routes.js';
import { createProjectsService } from './modules/projects/projects.service.js';
import { createProjectItemsService } from './modules/projects/project-items.service.js';
import { createProjectTasksService } from './modules/projects/project-tasks.js';
import { projectsRoutes } from './modules/projects/projects.routes.js';
import { createOrdersService } from './modules/orders/orders.service.js';
import { createOrderTasksService } from './modules/orders/order-tasks.js';
import { ordersRoutes } from './modules/orders/orders.routes.js';
import { createFlagsService } from './modules/flags/flags.service.js';
import { flagsRoutes } from './modules/flags/flags.routes.js';
import { createSitesService } from './modules/sites/sites.service.js';
import { sitesRoutes } from './modules/sites/sites.routes.js';
import { createContactsService } from './modules/contacts/contacts.service.js';
import { contactsRoutes } from './modules/contacts/contacts.routes.js';
import { createUsersService } from './modules/users/users.service.js';
import { usersRoutes } from './modules/users/users.routes.js';
import { createStaffGroupsService } from './modules/staff-groups/staff-groups.service.js';
import { staffGroupsRoutes } from './modules/staff-groups/staff-groups.routes.js';
import { createMailTransport } from './modules/mail/mail-transport.js';
import { createMailWorker, type MailWorker } from './modules/mail/mail-worker.js';
import { createPortalUsersService } from './modules/portal-users/portal-users.service.js';
import { createAccountRecoveryService } from './modules/portal-users/account-recovery.service.js';
import { portalUsersRoutes } from './modules/portal-users/portal-users.routes.js';
import { createAccessAdminService } from './modules/access/access-admin.service.js';
import { createPreviewService } from './modules/access/preview.service.js';
import { accessAdminRoutes } from './modules/access/access-admin.routes.js';
import { createAssetsService } from './modules/assets/assets.service.js';
import { assetsRoutes } from './modules/assets/assets.routes.js';
import { createWorkOrdersService } from './modules/work-orders/work-orders.service.js';
import { workOrdersRoutes } from './modules/work-orders/work-orders.routes.js';
import { createFileTypesService } from './modules/file-types/file-types.service.js';
import { fileTypesRoutes } from './modules/file-types/file-types.routes.js';
import { createFilesService } from './modules/files/files.service.js';
import { filesRoutes } from './modules/files/files.routes.js';
import { auditRoutes, createAuditService } from './modules/audit/audit.routes.js';
import { createTicketTypesService } from './modules/ticket-types/ticket-types.service.js';
import { ticketTypesRoutes } from './modules/ticket-types/ticket-types.routes.js';
import { createTicketStatusesService } from './modules/ticket-types/ticket-statuses.service.js';
import { ticketStatusesRoutes } from './modules/ticket-types/ticket-statuses.routes.js';
import { createTicketsService } from './modules/tickets/tickets.service.js';
import { createTicketCommentsService } from './modules/tickets/ticket-comments.service.js';
import { ticketsRoutes } from './modules/tickets/tickets.routes.js';
import { createScheduleService } from './modules/schedule/schedule.service.js';
import { scheduleRoutes } from './modules/schedule/schedule.routes.js';
import { createDocumentsService } from './modules/documents/documents.service.js';
import { documentsRoutes } from './modules/documents/documents.routes.js';

export interface BuildAppOptions {
  clock?: Clock;
  /** Reuse an open database (tests); otherwise one is opened from the config and closed with the app. */
  database?: DatabaseHandle;
  logger?: boolean;
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
    logger: options.logger === false ? false : { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers.authorization'] },
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    trustProxy: false,
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorate('ctx', ctx);
  app.addSchema(ErrorResponse);
  registerValidation(app);
  registerErrorHandling(app);
  registerSecurityHeaders(app);
  await app.register(cookie);
  await registerOpenApi(app);

  const auth = createAuthService(ctx);
  registerAuthentication(app, auth);
  const mailWorker = createMailWorker(ctx, createMailTransport(config), app.log);
  app.decorate('mailWorker', mailWorker);
  const secureCookies = config.publicUrl.startsWith('https://');

  await app.register(
    async (api) => {
      await api.register(healthRoutes, { db: ctx.db });
      await api.register(authRoutes, { auth, secureCookies });
      await api.register(customersRoutes, { customers: createCustomersService(ctx) });
      await api.register(sitesRoutes, { sites: createSitesService(ctx) });
      await api.register(contactsRoutes, { contacts: createContactsService(ctx) });
      await api.register(usersRoutes, { users: createUsersService(ctx) });
      await api.register(staffGroupsRoutes, { staffGroups: createStaffGroupsService(ctx) });
      await api.register(assetsRoutes, { assets: createAssetsService(ctx) });
      await api.register(workOrdersRoutes, { workOrders: createWorkOrdersService(ctx) });
      await api.register(projectsRoutes, { projects: createProjectsService(ctx), items: createProjectItemsService(ctx), tasks: createProjectTasksService(ctx) });
      await api.register(ordersRoutes, { orders: createOrdersService(ctx), tasks: createOrderTasksService(ctx) });
      await api.register(flagsRoutes, { flags: createFlagsService(ctx) });
      await api.register(ticketTypesRoutes, { ticketTypes: createTicketTypesService(ctx) });
      await api.register(ticketStatusesRoutes, { ticketStatuses: createTicketStatusesService(ctx) });
      await api.register(ticketsRoutes, { tickets: createTicketsService(ctx), comments: createTicketCommentsService(ctx) });
      await api.register(scheduleRoutes, { schedule: createScheduleService(ctx) });
      await api.register(documentsRoutes, { documents: createDocumentsService(ctx) });
      await api.register(fileTypesRoutes, { fileTypes: createFileTypesService(ctx) });
      await api.register(filesRoutes, { files: createFilesService(ctx), maxUploadBytes: config.maxUploadBytes });
      await api.register(auditRoutes, { audit: createAuditService(ctx) });
      const accessAdmin = createAccessAdminService(ctx);
      await api.register(accessAdminRoutes, { accessAdmin, preview: createPreviewService(ctx, accessAdmin) });
      await api.register(portalUsersRoutes, { portalUsers: createPortalUsersService(ctx), recovery: createAccountRecoveryService(ctx, auth) });
    },
    { prefix: '/api/v1' },
  );

  if (config.serveWeb && fs.existsSync(path.join(webDistDir, 'index.html'))) {
    await registerWebApp(app, webDistDir);
  }

  app.addHook('onClose', async () => {
    await mailWorker.stop();
    if (ownsDatabase) await database.destroy();
  });
  return app as unknown as App;
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
    /** Delivers the mail outbox; server.ts starts its polling, tests call runOnce(). */
    mailWorker: MailWorker;
  }
}
