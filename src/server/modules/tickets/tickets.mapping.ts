import { Type, type Static } from 'typebox';
import { Body, Id, Timestamp, Nullable } from '../../http/schemas.js';
import type { ReaderLanguage } from '../../http/reader-language.js';
import { localizedName } from '../i18n/name-translations.js';
import type { Principal } from '../access/principal.js';
import { StatusCategory } from '../ticket-types/ticket-statuses.mapping.js';
import { TicketSla, toTicketSla } from './ticket-sla.js';
import type { TicketView } from './tickets.repository.js';


export const Priority = Type.Union([Type.Literal('low'), Type.Literal('normal'), Type.Literal('high'), Type.Literal('urgent')]);
/** Feedback tickets carry a 1–5 star rating; other types never do. */
export const FEEDBACK_TYPE_KEY = 'feedback';

export const Ticket = Type.Object({
  id: Id,
  number: Type.String(),
  customerId: Id,
  siteId: Nullable(Id),
  assetId: Nullable(Id),
  typeId: Id,
  typeKey: Type.String(),
  typeName: Type.String(),
  statusId: Id,
  statusKey: Type.String(),
  statusName: Type.String(),
  statusCategory: StatusCategory,
  title: Type.String(),
  description: Nullable(Type.String()),
  priority: Priority,
  submitterUserId: Nullable(Id),
  responsibleUserId: Nullable(Id),
  responsibleGroupId: Nullable(Id),
  rating: Nullable(Type.Integer()),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  closedAt: Nullable(Timestamp),
  archivedAt: Nullable(Timestamp),
  /** Service levels: staff only (null for portal users; due times and breaches are internal). */
  sla: Nullable(TicketSla),
});
export type Ticket = Static<typeof Ticket>;

const fields = {
  /** Required for staff; a portal user with a single customer may omit it (their customer is used). */
  customerId: Type.Optional(Id),
  siteId: Type.Optional(Nullable(Id)),
  /** The site follows the asset's site when siteId is not given. */
  assetId: Type.Optional(Nullable(Id)),
  typeId: Id,
  /** Default: the initial status. */
  statusId: Type.Optional(Id),
  title: Type.String({ minLength: 1, maxLength: 200 }),
  description: Type.Optional(Nullable(Type.String({ maxLength: 20_000 }))),
  priority: Type.Optional(Priority),
  responsibleUserId: Type.Optional(Nullable(Id)),
  responsibleGroupId: Type.Optional(Nullable(Id)),
  rating: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 5 }))),
};
export const TicketInput = Body(fields);
export type TicketInput = Static<typeof TicketInput>;

/** The customer is fixed once raised: its sites, assets and types were checked against it. */
const { customerId: _customerId, ...patchable } = fields;
export const TicketPatch = Body({
  ...patchable,
  typeId: Type.Optional(fields.typeId),
  title: Type.Optional(fields.title),
});
export type TicketPatch = Static<typeof TicketPatch>;

/**
 * `now` decides whether a deadline is near or missed; `language` is the reader's, for the type and status
 * names (none for the audit trail, which keeps them as stored).
 */
export function toTicket(row: TicketView, viewer: Principal, now: Date, language?: ReaderLanguage | null): Ticket {
  return {
    id: row.id,
    number: row.number,
    customerId: row.customer_id,
    siteId: row.site_id,
    assetId: row.asset_id,
    typeId: row.type_id,
    typeKey: row.type_key,
    typeName: localizedName(row.type_name, row.type_name_translations, language),
    statusId: row.status_id,
    statusKey: row.status_key,
    statusName: localizedName(row.status_name, row.status_name_translations, language),
    statusCategory: row.status_category,
    title: row.title,
    description: row.description,
    priority: row.priority,
    submitterUserId: row.submitter_user_id,
    responsibleUserId: row.responsible_user_id,
    responsibleGroupId: row.responsible_group_id,
    rating: row.rating,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    closedAt: row.closed_at,
    archivedAt: row.archived_at,
    sla: viewer.kind === 'staff' ? toTicketSla(row, now) : null,
  };
}
