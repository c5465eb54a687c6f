import type { App } from '../src/server/app.js';

/** The newest queued mail to an address, as the outbox holds it. */
export async function latestMailTo(app: App, address: string) {
  return app.ctx.db.selectFrom('mail_outbox').selectAll().where('to_address', '=', address.toLowerCase()).orderBy('id', 'desc').executeTakeFirst();
}

/** The token of the link in the newest mail to an address (`/activate?token=…` or `/reset-password?token=…`). */
export async function linkTokenFromMail(app: App, address: string, page: 'activate' | 'reset-password'): Promise<string> {
  // A self-service reset queues its mail just after the answer (so timing reveals nothing): wait for it.
  const deadline = Date.now() + 5000;
  for (;;) {
    const mail = await latestMailTo(app, address);
    const match = mail && new RegExp(`/${page}\\?token=([A-Za-z0-9_%-]+)`).exec(mail.text_body);
    if (match) return decodeURIComponent(match[1]!);
    if (Date.now() > deadline) throw new Error(`no ${page} link in the newest mail to ${address}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
