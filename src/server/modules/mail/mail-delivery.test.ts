import fs from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers.js';
import { startStallingSmtpSink } from '../../../../test/stalling-smtp-sink.js';
import { SMTP_CONNECTIONS } from './mail-transport.js';
import { invitationMail } from './mail-templates.js';
import { claimDueMails, enqueueMail, markFailedAttempt, markSent } from './outbox.repository.js';

interface Received {
  to: string[];
  raw: string;
}

/** A real SMTP server in this process; `failing` makes it refuse every message with a temporary error. */
async function startSmtpServer() {
  const received: Received[] = [];
  const state = { failing: false, connections: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onConnect(_session, callback) {
      state.connections++;
      callback();
    },
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        if (state.failing) return callback(Object.assign(new Error('mailbox busy'), { responseCode: 451 }));
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return { received, state, url: `smtp://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const outboxRow = (t: TestApp, id: string) => t.app.ctx.db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('mail over SMTP', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await buildTestApp({ SMTP_URL: smtp.url, MAIL_FROM: 'Portico <portal@service.test>' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('delivers a queued mail to the SMTP server and marks it sent', async () => {
    const id = await enqueueMail(t.app.ctx.db, { kind: 'invitation', to: 'anna@customer.test', subject: 'Hello', text: 'Body text' }, t.clock.now());
    expect(await t.app.mailWorker.runOnce()).toBe(1);
    const message = smtp.received.find((m) => m.raw.toLowerCase().includes(`x-portico-mail-id: ${id}`));
    expect(message?.to).toEqual(['anna@customer.test']);
    expect(message?.raw).toContain('Subject: Hello');
    expect(await outboxRow(t, id)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('keeps a mail the server refuses and delivers it on a later attempt (nothing is lost)', async () => {
    smtp.state.failing = true;
    const id = await enqueueMail(t.app.ctx.db, { kind: 'invitation', to: 'ben@customer.test', subject: 'Retry me', text: 'x' }, t.clock.now());
    expect(await t.app.mailWorker.runOnce()).toBe(0);
    const failed = await outboxRow(t, id);
    expect(failed).toMatchObject({ status: 'pending', attempts: 1 });
    expect(failed.last_error).toContain('busy');
    expect(await t.app.mailWorker.runOnce()).toBe(0); // not due yet: backoff
    smtp.state.failing = false;
    t.clock.advanceMinutes(1);
    expect(await t.app.mailWorker.runOnce()).toBe(1);
    expect(await outboxRow(t, id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('gives up after the last retry and marks the mail failed', async () => {
    smtp.state.failing = true;
    const id = await enqueueMail(t.app.ctx.db, { kind: 'invitation', to: 'cleo@customer.test', subject: 'Doomed', text: 'x' }, t.clock.now());
    for (let attempt = 0; attempt < 9; attempt++) {
      await t.app.mailWorker.runOnce();
      t.clock.advanceMinutes(25 * 60);
    }
    smtp.state.failing = false;
    expect(await outboxRow(t, id)).toMatchObject({ status: 'failed', attempts: 9 });
  });
});

describe('mail delivery at volume (issue #12)', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await buildTestApp({ SMTP_URL: smtp.url, MAIL_FROM: 'Portico <portal@service.test>' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('reuses a few pooled connections for many mails, and gives each mail a Message-ID of its outbox row', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 60; i++) ids.push(await enqueueMail(t.app.ctx.db, { kind: 'invitation', to: `bulk-${i}@customer.test`, subject: `Bulk ${i}`, text: 'x' }, t.clock.now()));
    let sent = 0;
    while (sent < 60) {
      const round = await t.app.mailWorker.runOnce();
      expect(round).toBeGreaterThan(0);
      sent += round;
    }
    expect(smtp.received).toHaveLength(60);
    expect(smtp.state.connections).toBeLessThanOrEqual(SMTP_CONNECTIONS);
    const first = smtp.received.find((m) => m.to[0] === 'bulk-0@customer.test')!;
    expect(first.raw).toMatch(new RegExp(`^Message-ID: <${ids[0]}@service\\.test>`, 'mi'));
  });

  it('a worker whose claim ran out leaves the mail to the worker that claimed it since', async () => {
    const id = await enqueueMail(t.app.ctx.db, { kind: 'invitation', to: 'late@customer.test', subject: 'Late', text: 'x' }, t.clock.now());
    const [stale] = await claimDueMails(t.app.ctx.db, t.app.ctx.engine, t.clock.now(), 120, 10);
    expect(stale?.id).toBe(id);
    // The lock runs out and a second worker claims the mail.
    t.clock.advanceMinutes(3);
    const [current] = await claimDueMails(t.app.ctx.db, t.app.ctx.engine, t.clock.now(), 120, 10);
    expect(current?.id).toBe(id);
    expect(await markSent(t.app.ctx.db, stale!, t.clock.now())).toBe(false);
    expect(await markFailedAttempt(t.app.ctx.db, stale!, t.clock.now(), 'timeout', null)).toBe(false);
    expect((await outboxRow(t, id)).status).toBe('sending');
    expect(await markSent(t.app.ctx.db, current!, t.clock.now())).toBe(true);
    expect((await outboxRow(t, id)).status).toBe('sent');
  });
});

describe('mail without SMTP', () => {
  it('writes each mail as an .eml file under DATA_DIR/mail', async () => {
    const t = await buildTestApp();
    try {
      const id = await enqueueMail(t.app.ctx.db, { kind: 'invitation', to: 'dora@customer.test', subject: 'Dropped', text: 'Link: http://x/activate?token=abc' }, t.clock.now());
      expect(await t.app.mailWorker.runOnce()).toBe(1);
      const file = path.join(t.database.config.dataDir, 'mail', `${id}.eml`);
      const content = fs.readFileSync(file, 'utf8');
      expect(content).toContain('To: dora@customer.test');
      expect(content).toContain('Subject: Dropped');
    } finally {
      await t.close();
    }
  });
});

describe('a claim held while the SMTP server stalls (issue #12)', () => {
  it('is renewed, so another worker cannot take the mail over while the answer is awaited', async () => {
    const sink = await startStallingSmtpSink({ stallsFirstMessageTo: () => true, stallMs: 4000 });
    const t = await buildTestApp({ SMTP_URL: sink.url, MAIL_FROM: 'Portico <portal@service.test>', MAIL_CLAIM_SECONDS: '2' });
    try {
      const id = await enqueueMail(t.app.ctx.db, { kind: 'invitation', to: 'slow@customer.test', subject: 'Slow', text: 'x' }, t.clock.now());
      const round = t.app.mailWorker.runOnce();
      while (sink.stallsInProgress() === 0) await new Promise((resolve) => setTimeout(resolve, 20));
      const claimedUntil = () => outboxRow(t, id).then((row) => row.locked_until);
      const firstClaim = await claimedUntil();
      // The worker's clock moves on while it waits; its next renewal extends the claim from there.
      t.clock.advance(1000);
      let renewed = firstClaim;
      while (renewed === firstClaim) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        renewed = await claimedUntil();
      }
      // Still being sent, under a later lock (without renewals the mail would only change once sent).
      expect(Date.parse(renewed!)).toBeGreaterThan(Date.parse(firstClaim!));
      // Past the first claim, within the renewed one: a second worker finds nothing to take.
      t.clock.advance(1500);
      expect(await claimDueMails(t.app.ctx.db, t.app.ctx.engine, t.clock.now(), 2, 10)).toEqual([]);
      expect(await round).toBe(1);
      expect(sink.accepted).toEqual([`<${id}@service.test>`]);
    } finally {
      await t.close();
      await sink.close();
    }
  });
});

describe('mail files are readable (issue #12)', () => {
  it('shows each link of the text whole on one line, and mail programs read the same text and HTML back', async () => {
    const t = await buildTestApp();
    try {
      const link = `http://localhost:3000/activate?token=${'Ab9_-'.repeat(20)}`;
      const mail = invitationMail({ to: 'eva@customer.test', userId: '00000000-0000-0000-0000-000000000000', name: 'Eva Ölmann', customerName: 'Müller GmbH', link, expiresAt: '2030-01-31T00:00:00Z', locale: 'en' });
      const id = await enqueueMail(t.app.ctx.db, { ...mail, userId: null }, t.clock.now());
      await t.app.mailWorker.runOnce();
      const raw = fs.readFileSync(path.join(t.database.config.dataDir, 'mail', `${id}.eml`));
      // Quoted-printable would have cut the 120-character link with "=" line breaks and written Ö as =C3=96.
      expect(raw.toString('utf8').split('\n')).toContain(`Activate your account: ${link}`);
      expect(raw.toString('utf8')).toContain('Hello Eva Ölmann,');
      const parsed = await simpleParser(raw);
      expect(parsed.text?.trim()).toBe(mail.text.trim());
      expect(parsed.html).toBe(mail.html);
      expect(parsed.subject).toBe(mail.subject);
    } finally {
      await t.close();
    }
  });
});
