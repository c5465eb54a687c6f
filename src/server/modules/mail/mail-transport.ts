import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { AppConfig } from '../../config.js';
import type { OutboxRow } from './outbox.repository.js';

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
export function createMailTransport(config: Pick<AppConfig, 'smtpUrl' | 'mailFrom' | 'dataDir'>): MailTransport {
  const message = (mail: OutboxRow) => ({
    from: config.mailFrom,
    to: mail.to_address,
    subject: mail.subject,
    text: mail.text_body,
    ...(mail.html_body ? { html: mail.html_body } : {}),
    ...(mail.reply_to ? { replyTo: mail.reply_to } : {}),
    headers: { 'X-Portico-Mail-Id': mail.id },
  });

  if (config.smtpUrl) {
    const transporter = nodemailer.createTransport(config.smtpUrl);
    return {
      description: `SMTP ${new URL(config.smtpUrl).host}`,
      async send(mail) {
        await transporter.sendMail(message(mail));
      },
      close: () => transporter.close(),
    };
  }

  const dropDir = path.join(config.dataDir, 'mail');
  const writer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    description: `files in ${dropDir}`,
    async send(mail) {
      const info = await writer.sendMail(message(mail));
      await fs.mkdir(dropDir, { recursive: true });
      const file = path.join(dropDir, `${mail.id}.eml`);
      // Write then rename, so a reader never sees half a mail.
      await fs.writeFile(`${file}.tmp`, info.message as Buffer);
      await fs.rename(`${file}.tmp`, file);
    },
    close: () => writer.close(),
  };
}
