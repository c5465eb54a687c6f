import path from 'node:path';
import { readTrustProxy, type TrustProxy } from './http/trust-proxy.js';

/** Everything Portico reads from the environment, validated once at boot. */
export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  /** PostgreSQL connection string; when absent Portico uses the embedded SQLite file under dataDir. */
  databaseUrl: string | undefined;
  /** PostgreSQL: the schema Portico's tables live in (DATABASE_SCHEMA); unset = the connection's search_path. */
  databaseSchema?: string | undefined;
  /** PostgreSQL: longest a statement may run before the server cancels it (the request gets 503). */
  databaseStatementTimeoutMs: number;
  /** PostgreSQL: connections per app process. */
  databasePoolSize: number;
  /** PostgreSQL: longest a request waits for a free connection before it gets 503. */
  databaseAcquireTimeoutMs: number;
  /** PostgreSQL: keep the frequent statements prepared per connection (db/prepared-statements.ts). */
  databasePreparedStatements: boolean;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** How often the mail worker looks for due mails (MAIL_POLL_MS). */
  mailPollMs: number;
  /** How long a worker's claim on a mail lasts unless renewed; a crashed worker's mails are sent again after it (MAIL_CLAIM_SECONDS). */
  mailClaimSeconds: number;
  publicUrl: string;
  adminLogin: string | undefined;
  adminPassword: string | undefined;
  demoData: boolean;
  logLevel: string;
  /** LOG_FORMAT: `pretty`, one readable line per event (the default), or `json`, one JSON object per line for log collectors. */
  logFormat: LogFormat;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** Largest accepted upload, in bytes (MAX_UPLOAD_MB). */
  maxUploadBytes: number;
  /** Serve the built web app from dist/web when true. */
  serveWeb: boolean;
  /** SQLite only: threads that run reads beside the main thread (SQLITE_READ_THREADS; 0 = all on the main thread). */
  sqliteReadThreads: number;
  /** Reply by e-mail: the port of the inbound SMTP listener (INBOUND_SMTP_PORT); unset = off, no reply addresses. */
  inboundSmtpPort: number | undefined;
  inboundSmtpHost: string;
  /** The domain of reply addresses, reply+<token>@<replyDomain> (REPLY_DOMAIN; default: PUBLIC_URL's host name). */
  replyDomain: string;
  /** How long a reply address in a notification mail is accepted (REPLY_TOKEN_DAYS). */
  replyTokenDays: number;
  /**
   * APP_PROCESSES: app processes sharing the port (PostgreSQL only), so one server uses more than one core.
   * 1 = the server is this process.
   */
  appProcesses: number;
  /** On SIGTERM: how long health says "draining" and responses close their connections before the listener closes. */
  shutdownDrainSeconds: number;
  /** Proxies whose X-Forwarded-For names the client (TRUST_PROXY); the login throttle and the audit log use that address. */
  trustProxy: TrustProxy;
  /**
   * WEBHOOK_ALLOW_PRIVATE_TARGETS: webhooks may post to loopback and private-network addresses and over
   * plain http. Off by default: a webhook URL must not reach into the server's own network.
   */
  webhookAllowPrivateTargets: boolean;
}

export const LOG_FORMATS = ['pretty', 'json'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

/**
 * Where Portico is reached on this machine when listening on `host`: the start banner shows it, and links
 * in mails use it unless PUBLIC_URL says otherwise, so both always name the same host.
 */
export function localUrl(host: string, port: number): string {
  const name = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}`;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function readInt(env: Env, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
    return fallback;
  }
  return value;
}

function readBool(env: Env, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const normalized = raw.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(normalized)) return true;
  if (['false', '0', 'no', 'off'].includes(normalized)) return false;
  problems.push(`${name} must be true or false (got "${raw}")`);
  return fallback;
}

function readUrl(env: Env, name: string, protocols: string[], problems: string[]): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  try {
    const url = new URL(raw);
    if (!protocols.includes(url.protocol)) {
      problems.push(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')} (got "${raw}")`);
      return undefined;
    }
    return raw;
  } catch {
    problems.push(`${name} is not a valid URL (got "${raw}")`);
    return undefined;
  }
}

// The name goes into the connection's search_path and pg_dump's --schema unquoted: a plain identifier only.
function readSchemaName(env: Env, problems: string[]): string | undefined {
  const raw = env.DATABASE_SCHEMA;
  if (raw === undefined || raw === '') return undefined;
  if (/^[a-z_][a-z0-9_]{0,62}$/.test(raw)) return raw;
  problems.push(`DATABASE_SCHEMA must be a lower-case PostgreSQL name (letters, digits, _; got "${raw}")`);
  return undefined;
}

/**
 * Reads the configuration from an environment object. `defaults` lets `npm start` switch demo data on
 * while the library default stays off (an empty production database must not fill itself with demo rows).
 */
export function loadConfig(env: Env = process.env, defaults: { demoData?: boolean } = {}): AppConfig {
  const problems: string[] = [];
  const port = readInt(env, 'PORT', 3000, 0, 65535, problems);
  const host = env.HOST && env.HOST !== '' ? env.HOST : '127.0.0.1';
  const dataDir = path.resolve(env.DATA_DIR && env.DATA_DIR !== '' ? env.DATA_DIR : './data');
  const databaseUrl = readUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:'], problems);
  const databaseSchema = readSchemaName(env, problems);
  const databaseStatementTimeoutMs = readInt(env, 'DATABASE_STATEMENT_TIMEOUT_MS', 5000, 1, 600_000, problems);
  const databasePoolSize = readInt(env, 'DATABASE_POOL_SIZE', 10, 1, 1000, problems);
  const databaseAcquireTimeoutMs = readInt(env, 'DATABASE_ACQUIRE_TIMEOUT_MS', 3000, 1, 600_000, problems);
  const databasePreparedStatements = readBool(env, 'DATABASE_PREPARED_STATEMENTS', true, problems);
  const smtpUrl = readUrl(env, 'SMTP_URL', ['smtp:', 'smtps:'], problems);
  const publicUrlRaw = readUrl(env, 'PUBLIC_URL', ['http:', 'https:'], problems);
  // Without PUBLIC_URL, links in mails point where the start banner says Portico runs.
  const publicUrl = (publicUrlRaw ?? localUrl(host, port)).replace(/\/+$/, '');
  const adminLogin = env.ADMIN_LOGIN && env.ADMIN_LOGIN !== '' ? env.ADMIN_LOGIN : undefined;
  const adminPassword = env.ADMIN_PASSWORD && env.ADMIN_PASSWORD !== '' ? env.ADMIN_PASSWORD : undefined;
  if ((adminLogin === undefined) !== (adminPassword === undefined)) {
    problems.push('ADMIN_LOGIN and ADMIN_PASSWORD must be set together');
  }
  const demoData = readBool(env, 'DEMO_DATA', defaults.demoData ?? false, problems);
  const logLevel = env.LOG_LEVEL && env.LOG_LEVEL !== '' ? env.LOG_LEVEL : 'info';
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "${logLevel}")`);
  }
  const logFormat = (env.LOG_FORMAT && env.LOG_FORMAT !== '' ? env.LOG_FORMAT : 'pretty') as LogFormat;
  if (!LOG_FORMATS.includes(logFormat)) problems.push(`LOG_FORMAT must be one of ${LOG_FORMATS.join(', ')} (got "${logFormat}")`);
  const sessionIdleMinutes = readInt(env, 'SESSION_IDLE_MINUTES', 8 * 60, 1, 60 * 24 * 30, problems);
  const sessionAbsoluteHours = readInt(env, 'SESSION_ABSOLUTE_HOURS', 7 * 24, 1, 24 * 365, problems);
  const maxUploadMb = readInt(env, 'MAX_UPLOAD_MB', 25, 1, 10_240, problems);
  const mailFrom = env.MAIL_FROM && env.MAIL_FROM !== '' ? env.MAIL_FROM : 'Portico <no-reply@portico.local>';
  const mailPollMs = readInt(env, 'MAIL_POLL_MS', 2000, 50, 600_000, problems);
  const mailClaimSeconds = readInt(env, 'MAIL_CLAIM_SECONDS', 120, 2, 3600, problems);
  const serveWeb = readBool(env, 'SERVE_WEB', true, problems);
  const webhookAllowPrivateTargets = readBool(env, 'WEBHOOK_ALLOW_PRIVATE_TARGETS', false, problems);
  const sqliteReadThreads = readInt(env, 'SQLITE_READ_THREADS', 2, 0, 16, problems);
  const shutdownDrainSeconds = readInt(env, 'SHUTDOWN_DRAIN_SECONDS', 5, 0, 300, problems);
  const appProcesses = readInt(env, 'APP_PROCESSES', 1, 1, 64, problems);
  // The SQLite file has one writer: its lock and transactions are per process (db/sqlite/sqlite-driver.ts).
  if (appProcesses > 1 && databaseUrl === undefined) problems.push('APP_PROCESSES above 1 needs PostgreSQL (DATABASE_URL): the embedded SQLite database is for one process');
  // Off unless asked for: an open SMTP port is something an operator decides on, never a default.
  const inboundSmtpPort = env.INBOUND_SMTP_PORT && env.INBOUND_SMTP_PORT !== '' ? readInt(env, 'INBOUND_SMTP_PORT', 0, 0, 65535, problems) : undefined;
  const inboundSmtpHost = env.INBOUND_SMTP_HOST && env.INBOUND_SMTP_HOST !== '' ? env.INBOUND_SMTP_HOST : '127.0.0.1';
  const replyDomain = (env.REPLY_DOMAIN && env.REPLY_DOMAIN !== '' ? env.REPLY_DOMAIN : new URL(publicUrl).hostname).toLowerCase();
  if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(replyDomain)) {
    problems.push(`REPLY_DOMAIN must be a domain name such as portal.example.com (got "${replyDomain}")`);
  }
  const replyTokenDays = readInt(env, 'REPLY_TOKEN_DAYS', 90, 1, 3650, problems);
  const trustProxy = readTrustProxy(env.TRUST_PROXY, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port,
    host,
    dataDir,
    databaseUrl,
    databaseSchema,
    databaseStatementTimeoutMs,
    databasePoolSize,
    databaseAcquireTimeoutMs,
    databasePreparedStatements,
    smtpUrl,
    mailFrom,
    mailPollMs,
    mailClaimSeconds,
    publicUrl,
    adminLogin,
    adminPassword,
    demoData,
    logLevel,
    logFormat,
    sessionIdleMinutes,
    sessionAbsoluteHours,
    maxUploadBytes: maxUploadMb * 1024 * 1024,
    serveWeb,
    sqliteReadThreads,
    appProcesses,
    shutdownDrainSeconds,
    inboundSmtpPort,
    inboundSmtpHost,
    replyDomain,
    replyTokenDays,
    trustProxy,
    webhookAllowPrivateTargets,
  };
}
