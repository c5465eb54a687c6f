import { pathToFileURL } from 'node:url';
import { buildApp } from './app.js';
import { appProcessRole, superviseAppProcesses } from './app-processes.js';
import { ConfigError, loadConfig } from './config.js';
import { allDemoLogins, seedDemoData } from './demo/seed-demo.js';
import { ensureInitialAdmin } from './modules/users/initial-admin.js';
import { databaseSettingWarnings } from './ops/database-settings.js';
import { showAgainOnDemand, startupBanner } from './startup-banner.js';

const IDLE_CONNECTIONS_GRACE_MS = 1000;

/** The only place that listens. Starts Portico and shuts it down gracefully on SIGTERM/SIGINT. */
export async function main(options: { demoDataDefault?: boolean } = {}): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env, { demoData: options.demoDataDefault ?? false });
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }

  const role = appProcessRole();
  if (config.appProcesses > 1 && role === null) return superviseAppProcesses(config);

  const app = await buildApp(config);
  const ctx = app.ctx;
  if (await ensureInitialAdmin(ctx)) app.log.info({ login: config.adminLogin }, 'created the initial admin');
  if (role === null || role.index === 0) for (const warning of await databaseSettingWarnings(ctx.db)) app.log.warn(warning);
  const demoLogins = config.demoData ? await seedDemoData(ctx) : null;

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    // SIGTERM comes from a process manager or orchestrator: drain first. SIGINT is someone pressing Ctrl-C.
    const drainMs = signal === 'SIGTERM' ? config.shutdownDrainSeconds * 1000 : 0;
    const forceExit = setTimeout(() => {
      app.log.error('shutdown took longer than the drain period and 10 s; exiting');
      process.exit(1);
    }, drainMs + 10_000);
    forceExit.unref();
    try {
      if (drainMs > 0) {
        app.drain.start();
        app.log.info({ signal, seconds: drainMs / 1000 }, 'draining: health says 503, responses close their connections');
        await new Promise((resolve) => setTimeout(resolve, drainMs));
      }
      app.log.info({ signal }, 'shutting down: no new connections, finishing requests in flight');
      // Stops listening, waits for in-flight requests, closes the database (onClose). Connections still
      // open a second later carry no request (every response now closes its connection): end them.
      const closed = app.close();
      const idle = setTimeout(() => app.server.closeIdleConnections(), IDLE_CONNECTIONS_GRACE_MS);
      await closed;
      clearTimeout(idle);
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, 'error during shutdown');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  // One of several app processes whose supervisor is gone (killed outright): nobody restarts or stops
  // this process any more, so it drains and ends as on SIGTERM.
  process.on('disconnect', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  // Closed by app.close() on shutdown (onClose in app.ts), like the mail worker.
  const inboundPort = config.inboundSmtpPort === undefined ? null : await app.inboundReplies.listen(config.inboundSmtpPort, config.inboundSmtpHost);
  const demo = config.demoData ? { logins: demoLogins ?? allDemoLogins(), created: demoLogins !== null } : null;
  // With several app processes the first shows the banner (the supervisor passes SIGUSR2 on to it); one
  // started again in its place shows it on demand only.
  if (role === null || role.index === 0) {
    let banner = '';
    const show = () => process.stdout.write(banner);
    const repeatHint = showAgainOnDemand(show, process.stdin, role === null ? process.pid : process.ppid);
    banner = startupBanner({ config, port, engine: ctx.engine, processes: config.appProcesses, mailDescription: app.mailWorker.transport.description, inboundPort, demo, repeatHint });
    // The banner comes last, after every start-up log line, so it is what a fresh terminal shows.
    if (!role?.restarted) show();
  }
  app.mailWorker.start();
  app.webhookWorker.start();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
