import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { AppConfig } from '../../config.js';
import type { OutboxRow } from './outbox.repository.js';
import { readableBodyParts } from './readable-eml.js';

export interface MailTransport {
  /** Where mails go, for logs and the staff mail page. */
  description: string;
  send(mail: OutboxRow): Promise<void>;
  close(): void;
}

/**
 * SMTP when SMTP_URL is set; otherwise each mail is written as an .eml file under DATA_DIR/mail, so a
 * fresh install can follow invitation links without a mail server.
 */
/** Connections kept open to the SMTP server; the worker sends up to this many mails at once. */
export const SMTP_CONNECTIONS = 5;
/**
 * A silent SMTP server fails the attempt after these (it is retried later). While a send waits, the worker
 * renews its claim on the mail (claim-hold.ts), so no other worker sends it again in the meantime.
 */
export const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000, dnsTimeout: 10_000 } as const;

/** The host part of Message-IDs: the sender's domain, so the ids are ours. */
function messageIdDomain(mailFrom: string): string {
  return /@([^>\s]+)/.exec(mailFrom)?.[1] ?? 'portico.local';
}

export function createMailTransport(config: Pick<AppConfig, 'smtpUrl' | 'mailFrom' | 'dataDir'>): MailTransport {
  const domain = messageIdDomain(config.mailFrom);
  const message = (mail: OutboxRow) => ({
    // Stable per outbox row: a mail sent again after a lost reply is recognisably the same message.
    messageId: `<${mail.id}@${domain}>`,
    from: config.mailFrom,
    to: mail.to_address,
    subject: mail.subject,
    text: mail.text_body,
    ...(mail.html_body ? { html: mail.html_body } : {}),
    ...(mail.reply_to ? { replyTo: mail.reply_to } : {}),
    headers: { 'X-Portico-Mail-Id': mail.id },
  });

  if (config.smtpUrl) {
    // Pooled: connections are reused across mails instead of one handshake per mail. Given as URL
    // parameters, because nodemailer reads a connection URL's options from the URL alone.
    const url = new URL(config.smtpUrl);
    const settings = { pool: true, maxConnections: SMTP_CONNECTIONS, maxMessages: 500, ...SMTP_TIMEOUTS };
    for (const [name, value] of Object.entries(settings)) if (!url.searchParams.has(name)) url.searchParams.set(name, String(value));
    const transporter = nodemailer.createTransport(url.toString());
    return {
      description: `SMTP ${url.host}`,
      async send(mail) {
        await transporter.sendMail(message(mail));
      },
      close: () => transporter.close(),
    };
  }

  const dropDir = path.join(config.dataDir, 'mail');
  const writer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    description: `not sent (SMTP_URL not set); written as readable .eml files to ${dropDir}`,
    async send(mail) {
      const info = await writer.sendMail({ ...message(mail), ...readableBodyParts(mail.text_body, mail.html_body) });
      await fs.mkdir(dropDir, { recursive: true });
      const file = path.join(dropDir, `${mail.id}.eml`);
      // Write then rename, so a reader never sees half a mail.
      await fs.writeFile(`${file}.tmp`, info.message as Buffer);
      await fs.rename(`${file}.tmp`, file);
    },
    close: () => writer.close(),
  };
}
