import { Type, type Static } from 'typebox';

/**
 * What a user can be told about. Preferences are per kind; they decide the e-mail (immediately, in a
 * daily digest, or not at all). The in-app inbox always gets the notification: it is where the bell
 * points and costs the reader nothing.
 */
export const NOTIFICATION_KINDS = ['ticket_created', 'ticket_assigned', 'ticket_comment', 'ticket_status'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export const NotificationKindSchema = Type.Union([
  Type.Literal('ticket_created'),
  Type.Literal('ticket_assigned'),
  Type.Literal('ticket_comment'),
  Type.Literal('ticket_status'),
]);

export const DELIVERIES = ['immediate', 'digest', 'off'] as const;
export const DeliverySchema = Type.Union([Type.Literal('immediate'), Type.Literal('digest'), Type.Literal('off')]);

/**
 * What the event said, as its recipient may see it: stored with the notification, so the inbox shows what
 * the mail said even after the ticket changed. Never holds an internal field for a portal recipient.
 */
export const NotificationData = Type.Object({
  ticketNumber: Type.String(),
  ticketTitle: Type.String(),
  actorName: Type.Union([Type.String(), Type.Null()]),
  statusName: Type.Optional(Type.String()),
  /** The start of the comment, for comment notifications. */
  excerpt: Type.Optional(Type.String()),
  /** The comment was internal (staff recipients only). */
  internal: Type.Optional(Type.Boolean()),
});
export type NotificationData = Static<typeof NotificationData>;

/**
 * Approvals (issue #14): portal approvers hear that an approval is requested, staff that it was decided.
 * They always reach the inbox and are mailed at once: a decision someone waits on has no digest.
 */
export const APPROVAL_NOTIFICATION_KINDS = ['approval_requested', 'approval_decided'] as const;
export type ApprovalNotificationKind = (typeof APPROVAL_NOTIFICATION_KINDS)[number];
export const AnyNotificationKindSchema = Type.Union([NotificationKindSchema, Type.Literal('approval_requested'), Type.Literal('approval_decided')]);

/** What an approval event said: the record by number and title, the amount in integer cents, and the decision. */
export const ApprovalNotificationData = Type.Object({
  recordType: Type.Union([Type.Literal('order'), Type.Literal('work_order')]),
  recordId: Type.String(),
  recordNumber: Type.String(),
  recordTitle: Type.String(),
  actorName: Type.Union([Type.String(), Type.Null()]),
  amount: Type.Integer(),
  decision: Type.Optional(Type.Union([Type.Literal('approved'), Type.Literal('declined')])),
});
export type ApprovalNotificationData = Static<typeof ApprovalNotificationData>;
