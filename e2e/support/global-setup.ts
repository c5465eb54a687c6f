import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the Portico server the journeys run against, e.g. http://127.0.0.1:41234 */
    baseUrl: string;
    /** The server's SQLite file, for arranging states the API cannot create yet (see support/database.ts). */
    databaseFile: string;
    /** Port of the server's inbound SMTP listener (reply by e-mail) on 127.0.0.1: a journey answers a notification mail there. */
    inboundSmtpPort: number;
  }
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const artifactsDir = path.join(root, 'e2e/artifacts');

/**
 * The environment as a shell would have it: Vitest sets NODE_ENV=test and VITEST*, which would make
 * `vite build` bundle React's development build and would leak into the server.
 */
function shellEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NODE_ENV;
  for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
  return env;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseUrl: string, server: ChildProcess, logFile: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The e2e server exited with code ${server.exitCode}; see ${logFile}`);
    try {
      const response = await fetch(`${baseUrl}/api/v1/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The e2e server did not become healthy within ${timeoutMs / 1000}s; see ${logFile}`);
}

function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    // The server shuts down gracefully on SIGTERM; a hung one is killed so the run always ends.
    const killTimer = setTimeout(() => server.kill('SIGKILL'), 10_000);
    server.once('exit', () => {
      clearTimeout(killTimer);
      resolve();
    });
    server.kill('SIGTERM');
  });
}

/** Builds the web app, starts the real server on a free port with a fresh SQLite data dir and demo data. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  fs.mkdirSync(artifactsDir, { recursive: true });

  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...shellEnv(), NODE_ENV: 'production' },
  });
  if (build.status !== 0) throw new Error(`vite build failed (exit code ${build.status})`);

  const port = await freePort();
  const inboundSmtpPort = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portico-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...shellEnv(),
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DEMO_DATA: 'true',
    PUBLIC_URL: baseUrl,
    INBOUND_SMTP_PORT: String(inboundSmtpPort),
    INBOUND_SMTP_HOST: '127.0.0.1',
    // PUBLIC_URL's host is an IP address here, which makes a poor mail domain.
    REPLY_DOMAIN: 'portico.e2e.test',
    // Nothing balances load in front of the journeys' server: no need to drain before it stops.
    SHUTDOWN_DRAIN_SECONDS: '0',
    // The webhook journey's receiver listens on this machine.
    WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
  };
  // Journeys always run on the embedded SQLite database, whatever the shell points at.
  delete env.DATABASE_URL;

  const logFile = path.join(artifactsDir, 'server.log');
  const log = fs.createWriteStream(logFile);
  const server = spawn(process.execPath, ['scripts/start.mjs'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout?.pipe(log);
  server.stderr?.pipe(log);

  try {
    await waitForHealth(baseUrl, server, logFile);
  } catch (error) {
    await stop(server);
    throw error;
  }
  project.provide('baseUrl', baseUrl);
  project.provide('databaseFile', path.join(dataDir, 'portico.db'));
  project.provide('inboundSmtpPort', inboundSmtpPort);

  return async () => {
    await stop(server);
    log.end();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
