import type { MailLocale } from '../mail/mail-locale.js';
import { layout } from '../mail/mail-templates.js';
import type { OutgoingMail } from '../mail/outbox.repository.js';
import type { ApprovalNotificationData, ApprovalNotificationKind } from '../notifications/notification-kinds.js';

/** 123456 cents → "1,234.56" (en) or "1.234,56" (de); the amount carries no currency, as everywhere in Portico. */
export function formatCents(cents: number, locale: MailLocale = 'en'): string {
  return new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(cents / 100);
}

const RECORD = {
  en: { order: 'order', work_order: 'work order' },
  de: { order: 'Bestellung', work_order: 'Arbeitsauftrag' },
} as const;
/** Staff read a record under /staff, portal users under /portal. */
export const RECORD_PATHS = { order: 'orders', work_order: 'work-orders' } as const;

const WORDING = {
  en: {
    approval_requested: (d: ApprovalNotificationData) => ({
      subject: `Approval requested: ${RECORD.en[d.recordType]} ${d.recordNumber} ${d.recordTitle}`,
      line: `${d.actorName ?? 'Someone'} asks you to approve ${RECORD.en[d.recordType]} ${d.recordNumber} "${d.recordTitle}" for ${formatCents(d.amount, 'en')}.`,
    }),
    approval_decided: (d: ApprovalNotificationData) => ({
      subject: `${d.decision === 'approved' ? 'Approved' : 'Declined'}: ${RECORD.en[d.recordType]} ${d.recordNumber} ${d.recordTitle}`,
      line: `${d.actorName ?? 'Someone'} ${d.decision === 'approved' ? 'approved' : 'declined'} ${RECORD.en[d.recordType]} ${d.recordNumber} "${d.recordTitle}" (${formatCents(d.amount, 'en')}).`,
    }),
    hello: (name: string) => `Hello ${name},`,
    open: 'Open it in Portico',
  },
  de: {
    approval_requested: (d: ApprovalNotificationData) => ({
      subject: `Freigabe erbeten: ${RECORD.de[d.recordType]} ${d.recordNumber} ${d.recordTitle}`,
      line: `${d.actorName ?? 'Jemand'} bittet Sie, ${d.recordType === 'order' ? 'die Bestellung' : 'den Arbeitsauftrag'} ${d.recordNumber} „${d.recordTitle}“ über ${formatCents(d.amount, 'de')} freizugeben.`,
    }),
    approval_decided: (d: ApprovalNotificationData) => ({
      subject: `${d.decision === 'approved' ? 'Freigegeben' : 'Abgelehnt'}: ${RECORD.de[d.recordType]} ${d.recordNumber} ${d.recordTitle}`,
      line: `${d.actorName ?? 'Jemand'} hat ${d.recordType === 'order' ? 'die Bestellung' : 'den Arbeitsauftrag'} ${d.recordNumber} „${d.recordTitle}“ (${formatCents(d.amount, 'de')}) ${d.decision === 'approved' ? 'freigegeben' : 'abgelehnt'}.`,
    }),
    hello: (name: string) => `Hallo ${name},`,
    open: 'In Portico öffnen',
  },
} as const;

/** One approval event, one mail in the recipient's language, linking to the record in their part of the app. */
export function approvalMail(
  recipient: { userId: string; email: string; name: string; locale: MailLocale },
  kind: ApprovalNotificationKind,
  data: ApprovalNotificationData,
  link: string,
): OutgoingMail {
  const words = WORDING[recipient.locale];
  const { subject, line } = words[kind](data);
  return { kind, to: recipient.email, userId: recipient.userId, subject, replyTo: null, ...layout([words.hello(recipient.name), line], { label: words.open, url: link }) };
}
