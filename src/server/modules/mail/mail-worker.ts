import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../../context.js';
import { SMTP_CONNECTIONS, type MailTransport } from './mail-transport.js';
import { queueDueDigests } from '../notifications/notification-digests.js';
import { createPoller } from '../../ops/poller.js';
import { holdClaims } from './claim-hold.js';
import { claimDueMails, markFailedAttempt, markSent, type OutboxRow } from './outbox.repository.js';

/** Retry schedule after the 1st, 2nd, … failed attempt; after the last one the mail is marked failed. */
const RETRY_DELAYS_SECONDS = [30, 120, 600, 1800, 3600, 4 * 3600, 12 * 3600, 24 * 3600];
const BATCH = 50;

export type MailWorker = ReturnType<typeof createMailWorker>;

/** Delivers the outbox: claims due mails, sends them, and schedules retries with backoff on failure. */
export function createMailWorker({ db, engine, clock, config }: Pick<AppContext, 'db' | 'engine' | 'clock' | 'config'>, transport: MailTransport, log?: FastifyBaseLogger) {
  async function deliverDueMails(): Promise<number> {
    // Daily digests become ordinary outbox mails first, so they share delivery, retries and the mail log.
    await queueDueDigests({ db, config, clock });
    const now = clock();
    const claimed = await claimDueMails(db, engine, now, config.mailClaimSeconds, BATCH);
    const claims = holdClaims({ db, clock, config }, claimed, log);
    let sent = 0;
    async function deliver(queued: OutboxRow) {
      const mail = claims.current(queued.id);
      if (!mail) return;
      try {
        await transport.send(mail);
      } catch (error) {
        const delay = RETRY_DELAYS_SECONDS[mail.attempts];
        const retryAt = delay === undefined ? null : new Date(clock().getTime() + delay * 1000);
        const message = error instanceof Error ? error.message : String(error);
        await claims.finish(mail.id, (held) => markFailedAttempt(db, held, clock(), message, retryAt));
        log?.warn({ mailId: mail.id, attempt: mail.attempts + 1, retryAt, err: message }, 'mail delivery failed');
        return;
      }
      if (await claims.finish(mail.id, (held) => markSent(db, held, clock()))) sent++;
      else log?.warn({ mailId: mail.id }, 'mail sent after its claim ran out; another worker owns it now');
    }
    // As many at once as the transport has connections: one slow mail does not hold up the others.
    const queue = [...claimed];
    try {
      await Promise.all(
        Array.from({ length: Math.min(SMTP_CONNECTIONS, queue.length) }, async () => {
          // A failed database write leaves the mail to its claim's expiry; the lane goes on with the rest.
          for (let mail = queue.shift(); mail; mail = queue.shift()) await deliver(mail).catch((error: unknown) => log?.error({ err: error, mailId: mail.id }, 'recording a delivery failed'));
        }),
      );
    } finally {
      claims.release();
    }
    return sent;
  }

  const poller = createPoller(deliverDueMails, 'mail worker', log);

  return {
    transport,
    runOnce: poller.runOnce,
    /** Polls the outbox every `intervalMs` (MAIL_POLL_MS) until stopped. */
    start(intervalMs = config.mailPollMs) {
      poller.start(intervalMs);
    },
    async stop() {
      await poller.stop();
      transport.close();
    },
  };
}
