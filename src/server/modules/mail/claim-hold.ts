import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../../context.js';
import { renewClaims, type OutboxRow } from './outbox.repository.js';

export type ClaimHold = ReturnType<typeof holdClaims>;

/**
 * Keeps a worker's claim on a batch of mails while the batch is delivered. A claim lasts MAIL_CLAIM_SECONDS
 * so that the mails of a worker that died are sent by another one; a live worker renews it every third of
 * that, so a slow SMTP server (a stalled answer, a tarpit) never lets a second worker send a mail again
 * while the first one still waits for the answer.
 */
export function holdClaims({ db, clock, config }: Pick<AppContext, 'db' | 'clock' | 'config'>, claimed: OutboxRow[], log?: FastifyBaseLogger) {
  const held = new Map(claimed.map((mail) => [mail.id, mail]));
  // One claim statement set one lock time on all of them; renewals keep it shared.
  let lockedUntil = claimed[0]?.locked_until ?? null;
  let turn: Promise<unknown> = Promise.resolve();
  // Renewals and outcomes take turns, so an outcome is written under the lock time the last renewal set.
  function inTurn<T>(work: () => Promise<T>): Promise<T> {
    const run = turn.then(work);
    turn = run.catch(() => undefined);
    return run;
  }

  async function renew() {
    if (held.size === 0 || lockedUntil === null) return;
    const renewedUntil = new Date(clock().getTime() + config.mailClaimSeconds * 1000).toISOString();
    const kept = new Set(await renewClaims(db, [...held.keys()], lockedUntil, renewedUntil));
    for (const id of held.keys()) {
      if (kept.has(id)) continue;
      held.delete(id);
      log?.warn({ mailId: id }, 'claim on a mail ran out before it was renewed; another worker owns it now');
    }
    lockedUntil = renewedUntil;
  }
  const timer = setInterval(() => {
    inTurn(renew).catch((error: unknown) => log?.error({ err: error }, 'renewing mail claims failed'));
  }, (config.mailClaimSeconds * 1000) / 3);

  /** The mail under the claim as it stands now; null once the claim is lost (then it must not be sent). */
  function current(id: string): OutboxRow | null {
    const mail = held.get(id);
    return mail && lockedUntil !== null ? { ...mail, locked_until: lockedUntil } : null;
  }

  return {
    current,
    /** Writes a mail's outcome under the current claim and stops holding it; false when the claim was lost. */
    finish(id: string, write: (mail: OutboxRow) => Promise<boolean>): Promise<boolean> {
      return inTurn(async () => {
        const mail = current(id);
        held.delete(id);
        return mail ? write(mail) : false;
      });
    },
    release() {
      clearInterval(timer);
    },
  };
}
