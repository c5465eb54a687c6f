import type { MantineColor } from '@mantine/core';
export const ROLE_TEMPLATES = ['customer', 'view_only', 'technician', 'live_site_agent', 'customer_admin'] as const;
export type RoleTemplate = (typeof ROLE_TEMPLATES)[number];
export type SiteLevel = 'read' | 'write';
/** The language of an invitation e-mail and of the invited person's portal. */
export type InvitationLanguage = 'en' | 'de';

export interface SiteAccess {
  siteId: string;
  level: SiteLevel;
}

/** One invitation (POST /users/invitations). */
export interface InvitationInput {
  email: string;
  displayName: string;
  customerId: string;
  contactId?: string | null;
  login?: string;
  roleTemplate: RoleTemplate;
  sites?: SiteAccess[];
  /** Take the contact's sites; the server defaults to on when a contact and no sites are given. */
  sitesFromContact?: boolean;
  initialPassword?: string;
  locale?: InvitationLanguage;
}

export interface InvitedUser {
  id: string;
  login: string;
  email: string | null;
  displayName: string;
  customerId: string | null;
  roleTemplate: string | null;
  status: string;
}

export const INVITATION_STATES = ['pending', 'expired', 'revoked', 'active', 'disabled'] as const;
export type InvitationStateValue = (typeof INVITATION_STATES)[number];

/** Badge colours of the invitation states, the same in the back office and on the portal's colleagues page. */
export const INVITATION_STATE_COLORS: Record<InvitationStateValue, MantineColor> = { pending: 'yellow', expired: 'orange', revoked: 'gray', active: 'green', disabled: 'red' };

export interface InvitationState {
  userId: string;
  state: InvitationStateValue;
  sentAt: string | null;
  expiresAt: string | null;
  acceptedAt: string | null;
}

/** The selectable values of each access mode (server: access-admin.routes.ts). */
export const ACCESS_MODES = {
  assets: ['all_in_scope', 'granted_only'],
  workOrders: ['all_under_visible_assets', 'assigned_only'],
  projects: ['all_in_scope', 'granted_only'],
  tickets: ['own', 'all_in_scope'],
  orders: ['all_in_scope', 'own'],
  schedule: ['assigned_only'],
} as const;
export type AccessModeKey = keyof typeof ACCESS_MODES;
export type AccessModes = { [K in AccessModeKey]: (typeof ACCESS_MODES)[K][number] };

export interface Capabilities {
  manageDevices: boolean;
  createTickets: boolean;
  ticketTypeIds: string[];
  statusIds: string[];
  recipientUserIds: string[];
  recipientGroupIds: string[];
  uploadFiles: boolean;
  customerAdmin: boolean;
}

export interface UserAccess {
  userId: string;
  customerId: string | null;
  roleTemplate: string | null;
  /** Modes or capabilities differ from what the role template gives. */
  templateAdjusted: boolean;
  /** While on and the contact has sites, the contact's sites are the user's (siteSource 'contact'). */
  sitesFromContact: boolean;
  sitesRestricted: boolean;
  sites: SiteAccess[];
  modes: AccessModes;
  capabilities: Capabilities;
  /** An archived contact still gives its sites: archiving never widens what the user sees. */
  contact: { id: string; name: string; sites: { id: string; name: string }[]; archived: boolean } | null;
  siteSource: 'own' | 'contact';
}

export interface AccessPatch {
  roleTemplate?: RoleTemplate;
  contactId?: string | null;
  sitesFromContact?: boolean;
  sitesRestricted?: boolean;
  sites?: SiteAccess[];
  modes?: Partial<AccessModes>;
  capabilities?: Partial<Capabilities>;
}

export const GRANT_TYPES = ['asset', 'project', 'work_order', 'order', 'ticket', 'schedule_entry'] as const;
export type GrantType = (typeof GRANT_TYPES)[number];
export type GrantKind = 'visible' | 'assigned';

export interface Grant {
  resourceType: GrantType;
  resourceId: string;
  kind: GrantKind;
  createdAt: string;
}

export interface GrantInput {
  resourceType: GrantType;
  resourceId: string;
  kind: GrantKind;
  notify?: boolean;
}

export const EXPLAINABLE_TYPES = ['customer', 'site', 'asset', 'work_order', 'project', 'order', 'ticket', 'schedule_entry'] as const;
export type ExplainableType = (typeof EXPLAINABLE_TYPES)[number];

/** What a reason step can name: an explainable record, or the contact a user takes their sites from. */
export type NamedType = ExplainableType | 'contact';

/** One step of an access reason (the server's access-reasons.ts); each step holds because of the next. */
export interface ExplanationStep {
  code: string;
  area?: string;
  record?: { type: NamedType; id: string; name: string };
}

export interface Explanation {
  visible: boolean;
  /** The reasons in English, for integrators; the UI words `steps` in the reader's language. */
  reasons: string[];
  denied: string | null;
  steps: { reasons: ExplanationStep[][]; denied: ExplanationStep | null };
}

/** GET /record-viewers: a portal user who can see the record, and why. */
export interface RecordViewer {
  user: { id: string; displayName: string; login: string; status: 'active' | 'pending' };
  /** The record itself is granted to the user: removing that grant may end their access. */
  granted: boolean;
  explanation: Explanation;
}

export const MAIL_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

export interface OutboxMail {
  id: string;
  kind: string;
  to: string;
  subject: string;
  status: MailStatus;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  userId: string | null;
  createdAt: string;
  sentAt: string | null;
}

/** One mail of the log opened: what it says and the links in it. */
export interface OutboxMailWithBody extends OutboxMail {
  text: string;
  html: string | null;
  replyTo: string | null;
  links: string[];
}
