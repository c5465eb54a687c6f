import fs from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { inject } from 'vitest';

/**
 * The e2e server has no SMTP_URL, so every mail it sends lands as an .eml file in `${DATA_DIR}/mail/`.
 * global-setup gives the server DATA_DIR and provides the SQLite file inside it (`databaseFile`), so
 * the mail drop is that file's folder + /mail.
 */
export function mailDropDir(): string {
  return path.join(path.dirname(inject('databaseFile')), 'mail');
}

export interface DroppedMail {
  file: string;
  to: string;
  subject: string;
  /** The Reply-To header ('' when the mail has none). */
  replyTo: string;
  /** The text part, as a mail program shows it. */
  text: string;
}

async function readMail(file: string): Promise<DroppedMail> {
  const raw = fs.readFileSync(file, 'utf8');
  const headerEnd = raw.search(/\r?\n\r?\n/);
  const headers = raw.slice(0, headerEnd).replace(/\r?\n[ \t]+/g, ' ');
  const header = (name: string) => headers.match(new RegExp(`^${name}:\\s*(.*)$`, 'im'))?.[1]?.trim() ?? '';
  return { file, to: header('To'), subject: header('Subject'), replyTo: header('Reply-To'), text: (await simpleParser(raw)).text ?? '' };
}

/**
 * The newest mail to `address` whose body contains `mustContain`, waiting for the outbox worker to
 * deliver it (mails are sent after the request that queued them has answered).
 */
export async function waitForMailTo(address: string, mustContain: string, timeoutMs = 20_000): Promise<DroppedMail> {
  const dir = mailDropDir();
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (fs.existsSync(dir)) {
      const files = fs
        .readdirSync(dir)
        .filter((name) => name.endsWith('.eml'))
        .map((name) => path.join(dir, name))
        .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
      for (const file of files) {
        const mail = await readMail(file);
        if (mail.to.toLowerCase().includes(address.toLowerCase()) && mail.text.includes(mustContain)) return mail;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`No mail to ${address} containing "${mustContain}" arrived in ${mailDropDir()} within ${timeoutMs / 1000}s`);
}

/** The path and query of the first `${PUBLIC_URL}/<page>?token=…` link in a mail, e.g. "/activate?token=abc". */
export function linkPathFrom(mail: DroppedMail, page: '/activate' | '/reset-password'): string {
  const escaped = page.replace('/', '\\/');
  const match = mail.text.match(new RegExp(`${escaped}\\?token=([A-Za-z0-9_\\-%.~]+)`));
  if (!match) throw new Error(`No ${page} link in ${mail.file}`);
  return `${page}?token=${match[1]}`;
}
