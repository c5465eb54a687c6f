import type { AppContext } from '../../context.js';
import { loadAccessScope } from '../access/access-scope.js';
import { enqueueMail } from '../mail/outbox.repository.js';
import { findVisibleTicket } from '../tickets/tickets.repository.js';
import type { NotificationData, NotificationKind } from './notification-kinds.js';
import { mailLocale } from '../mail/mail-locale.js';
import { digestMail } from './ticket-mails.js';

const USERS_PER_ROUND = 50;

/**
 * Turns due digest notifications into one summary mail per user. Each user's rows are taken by clearing
 * their digest time in the same transaction that queues the mail: with several app processes the second
 * clear finds nothing, so nobody gets a summary twice. Returns the number of digests queued.
 */
export async function queueDueDigests({ db, config, clock }: Pick<AppContext, 'db' | 'config' | 'clock'>): Promise<number> {
  const now = clock();
  const nowIso = now.toISOString();
  const users = await db
    .selectFrom('notifications')
    .select('user_id')
    .distinct()
    .where('digest_due_at', '<=', nowIso)
    .limit(USERS_PER_ROUND)
    .execute();
  let queued = 0;
  for (const { user_id: userId } of users) {
    const sent = await db.transaction().execute(async (trx) => {
      const taken = await trx
        .updateTable('notifications')
        .set({ digest_due_at: null })
        .where('user_id', '=', userId)
        .where('digest_due_at', 'is not', null)
        .returning(['id', 'kind', 'ticket_id', 'data'])
        .execute();
      if (taken.length === 0) return false;
      const user = await trx.selectFrom('users').select(['id', 'kind', 'email', 'display_name', 'locale', 'status']).where('id', '=', userId).executeTakeFirst();
      if (!user?.email || user.status !== 'active') return false;
      // A portal user who lost sight of a ticket since the event is not told about it now.
      const scope = user.kind === 'external' ? await loadAccessScope(trx, { kind: 'external', userId, sessionId: null }) : null;
      const items: { kind: NotificationKind; data: NotificationData }[] = [];
      for (const row of taken.sort((a, b) => (a.id < b.id ? -1 : 1))) {
        if (scope && row.ticket_id && !(await findVisibleTicket(trx, scope, row.ticket_id))) continue;
        items.push({ kind: row.kind as NotificationKind, data: JSON.parse(row.data) as NotificationData });
      }
      if (items.length === 0) return false;
      const area = user.kind === 'staff' ? 'staff' : 'portal';
      const recipient = { userId, email: user.email, name: user.display_name, locale: mailLocale(user.locale) };
      await enqueueMail(trx, digestMail(recipient, items, `${config.publicUrl}/${area}`), now);
      return true;
    });
    if (sent) queued++;
  }
  return queued;
}
