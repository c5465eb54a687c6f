import type { AppConfig } from './config.js';
import { localUrl } from './config.js';
import type { DemoLogin } from './demo/seed-demo.js';

export interface BannerFacts {
  config: Pick<AppConfig, 'host' | 'port' | 'publicUrl' | 'dataDir' | 'inboundSmtpHost' | 'replyDomain'>;
  /** The port actually bound (PORT=0 picks a free one). */
  port: number;
  engine: 'sqlite' | 'postgres';
  /** App processes sharing the port (APP_PROCESSES). */
  processes?: number;
  mailDescription: string;
  inboundPort: number | null;
  /** Demo logins to list, `created` false when the demo data came from an earlier start. */
  demo: { logins: DemoLogin[]; created: boolean } | null;
  /** How the operator brings the banner back (last line). */
  repeatHint: string;
}

/**
 * The address people open: PUBLIC_URL when it was set (links in mails use it too), else where Portico
 * listens on this machine — the address links default to (config.ts), with the port actually bound.
 */
export function bannerUrls(config: BannerFacts['config'], port: number): { url: string; listening: string | null } {
  const listening = localUrl(config.host, port);
  const publicUrlWasSet = config.publicUrl !== localUrl(config.host, config.port);
  return publicUrlWasSet ? { url: config.publicUrl, listening } : { url: listening, listening: null };
}

/** What `npm start` shows once Portico is up: where it runs, where its data and mails go, who can sign in. */
export function startupBanner(facts: BannerFacts): string {
  const { config } = facts;
  const { url, listening } = bannerUrls(config, facts.port);
  const lines = ['', `Portico is running at ${url}`];
  if (listening) lines.push(`  listening: ${listening} (links in e-mails use PUBLIC_URL)`);
  lines.push(
    `  database: ${facts.engine === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `SQLite in ${config.dataDir}`}${(facts.processes ?? 1) > 1 ? `, ${facts.processes} app processes` : ''}`,
    `  API docs: ${url}/api/docs`,
    `  e-mail:   ${facts.mailDescription}`,
    `  replies:  ${facts.inboundPort === null ? 'off (INBOUND_SMTP_PORT not set)' : `SMTP on ${config.inboundSmtpHost}:${facts.inboundPort} for reply+…@${config.replyDomain}`}`,
  );
  if (facts.demo) {
    lines.push('  demo logins (login / password):');
    for (const login of facts.demo.logins) lines.push(`    ${login.login.padEnd(32)} ${login.password.padEnd(22)} ${login.description}`);
    if (!facts.demo.created) lines.push('    (demo data was created on an earlier start; changed passwords stay changed)');
  }
  lines.push(`  ${facts.repeatHint}`);
  return `${lines.join('\n')}\n`;
}

/** The input a person types into, when there is one: Enter there shows the banner again. */
export interface Keyboard {
  isTTY?: boolean;
  on(event: 'data', listener: () => void): unknown;
  unref?(): unknown;
}

/**
 * Shows the banner again on demand, since log lines soon push it off the screen: on Enter when Portico
 * runs in a terminal, and on SIGUSR2 (not on Windows, which has no such signal). Returns the hint for
 * the banner's last line.
 */
export function showAgainOnDemand(show: () => void, keyboard: Keyboard, pid = process.pid): string {
  const signal = process.platform !== 'win32';
  if (signal) process.on('SIGUSR2', show);
  const signalHint = `kill -USR2 ${pid}`;
  if (keyboard.isTTY) {
    keyboard.on('data', show);
    // Reading the terminal must not keep Portico alive once the server has closed.
    keyboard.unref?.();
    return `Press Enter to show this again${signal ? ` (or: ${signalHint})` : ''}.`;
  }
  return signal ? `To show this again: ${signalHint}` : '';
}
