import type { MantineColor } from '@mantine/core';
import { everyOf, type BodyOf, type ListItemOf, type QueryOf, type ResponseOf } from '../../lib/api-types';

/**
 * A portal user's scope, modes and capabilities. templateAdjusted: modes or capabilities differ from what the
 * role template gives; sitesFromContact: while on and the contact has sites, the contact's sites are the
 * user's (siteSource 'contact'); an archived contact still gives its sites (archiving never widens what the
 * user sees).
 */
export type UserAccess = ResponseOf<'/users/{id}/access'>;
export type AccessPatch = BodyOf<'/users/{id}/access', 'put'>;
export type Capabilities = UserAccess['capabilities'];
export type SiteAccess = UserAccess['sites'][number];
export type SiteLevel = SiteAccess['level'];

export type RoleTemplate = NonNullable<AccessPatch['roleTemplate']>;
export const ROLE_TEMPLATES = everyOf<RoleTemplate>()(['customer', 'view_only', 'technician', 'live_site_agent', 'customer_admin']);

export type AccessModes = UserAccess['modes'];
export type AccessModeKey = keyof AccessModes;
/** The selectable values of each access mode. */
export const ACCESS_MODES = {
  assets: everyOf<AccessModes['assets']>()(['all_in_scope', 'granted_only']),
  workOrders: everyOf<AccessModes['workOrders']>()(['all_under_visible_assets', 'assigned_only']),
  projects: everyOf<AccessModes['projects']>()(['all_in_scope', 'granted_only']),
  tickets: everyOf<AccessModes['tickets']>()(['own', 'all_in_scope']),
  orders: everyOf<AccessModes['orders']>()(['all_in_scope', 'own']),
  schedule: everyOf<AccessModes['schedule']>()(['assigned_only']),
} satisfies { [K in AccessModeKey]: readonly AccessModes[K][] };

/** One invitation (POST /users/invitations also takes several at once: `{ invitations }`). */
export type InvitationInput = Exclude<BodyOf<'/users/invitations', 'post'>, { invitations: unknown }>;
/** The language of an invitation e-mail and of the invited person's portal. */
export type InvitationLanguage = NonNullable<InvitationInput['locale']>;
export type InvitedUser = ResponseOf<'/users/invitations', 'post'>['items'][number];

export type InvitationState = ResponseOf<'/users/{id}/invitation'>;
export type InvitationStateValue = InvitationState['state'];
export const INVITATION_STATES = everyOf<InvitationStateValue>()(['pending', 'expired', 'revoked', 'active', 'disabled']);

/** Badge colours of the invitation states, the same in the back office and on the portal's colleagues page. */
export const INVITATION_STATE_COLORS: Record<InvitationStateValue, MantineColor> = { pending: 'yellow', expired: 'orange', revoked: 'gray', active: 'green', disabled: 'red' };

export type Grant = ListItemOf<'/users/{id}/grants'>;
export type GrantInput = BodyOf<'/users/{id}/grants', 'post'>;
export type GrantType = Grant['resourceType'];
export type GrantKind = Grant['kind'];
export const GRANT_TYPES = everyOf<GrantType>()(['asset', 'project', 'work_order', 'order', 'ticket', 'schedule_entry']);

type ExplainedType = QueryOf<'/users/{id}/explain'>['resourceType'];
/** The record types the explain form offers, each with a record picker (the API explains files too; there is no file picker). */
export const EXPLAINABLE_TYPES = ['customer', 'site', 'asset', 'work_order', 'project', 'order', 'ticket', 'schedule_entry'] as const satisfies readonly ExplainedType[];
export type ExplainableType = (typeof EXPLAINABLE_TYPES)[number];

/** Why a user can (or cannot) see a record; `reasons` in English, for integrators; the UI words `steps` in the reader's language. */
export type Explanation = ResponseOf<'/users/{id}/explain'>;
/** One step of an access reason (the server's access-reasons.ts); each step holds because of the next. */
export type ExplanationStep = Explanation['steps']['reasons'][number][number];
/** What a reason step can name: an explainable record, a file, or the contact a user takes their sites from. */
export type NamedType = NonNullable<ExplanationStep['record']>['type'];

/** A portal user who can see a record, and why; granted: the record itself is granted to them (removing that grant may end their access). */
export type RecordViewer = ListItemOf<'/record-viewers'>;

export type OutboxMail = ListItemOf<'/mail-outbox'>;
/** One mail of the log opened: what it says and the links in it. */
export type OutboxMailWithBody = ResponseOf<'/mail-outbox/{id}'>;
export type MailStatus = OutboxMail['status'];
export const MAIL_STATUSES = everyOf<MailStatus>()(['pending', 'sending', 'sent', 'failed']);
