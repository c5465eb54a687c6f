/**
 * What the OpenAPI document says of every operation beyond its route schema: a stable operationId, a
 * description with the rules every operation of its shape follows, and the tags with what they cover.
 */

/** The tags the routes use, each described once (an operation's tag must be one of these). */
export const API_TAGS: { name: string; description: string }[] = [
  { name: 'health', description: 'Liveness and database reachability, for load balancers and monitors.' },
  { name: 'auth', description: 'Signing in and out, the signed-in caller, passwords and account activation.' },
  { name: 'mfa', description: 'Two-factor sign-in: enrolment, recovery codes and the security settings that require it.' },
  { name: 'api-tokens', description: 'Tokens integrations send as `Authorization: Bearer`; a token acts as the user who made it.' },
  { name: 'customers', description: 'Customer accounts, including consolidated accounts with child customers.' },
  { name: 'sites', description: 'A customer’s places (facilities, buildings, branches), as a tree.' },
  { name: 'contacts', description: 'People at a customer, related to some of its sites; a portal user may be linked to one.' },
  { name: 'users', description: 'Staff and portal users.' },
  { name: 'staff-groups', description: 'Groups of staff that tickets can be routed to.' },
  { name: 'assets', description: 'Equipment and devices as a tree per customer, with service and calibration due dates.' },
  { name: 'work orders', description: 'Jobs on a customer’s assets and sites, with tasks, notes and assignees.' },
  { name: 'projects', description: 'Projects with tasks, parts, reports and the devices they placed.' },
  { name: 'orders', description: 'Quotes, print and production orders with internal tasks.' },
  { name: 'flags', description: 'Coloured markers on orders, work orders and projects; customer-visible ones show in the portal.' },
  { name: 'tickets', description: 'Requests, incidents and questions, their types, statuses, routes, comments and followers.' },
  { name: 'notifications', description: 'The caller’s inbox of ticket events and how they are e-mailed about them.' },
  { name: 'schedule', description: 'Planned visits and recurring rounds.' },
  { name: 'documents', description: 'Internal documents for staff: policies, procedures, lists.' },
  { name: 'file types', description: 'Kinds of attachments; only customer-visible types reach the portal.' },
  { name: 'files', description: 'Attachments of records: upload, metadata and download.' },
  { name: 'audit', description: 'Who changed what, when (admins).' },
  { name: 'staff-home', description: 'The back office’s start page: work queues and charts.' },
  { name: 'portal access', description: 'What each portal user may see and do: access settings, grants, explanations and previews.' },
  { name: 'portal users', description: 'Inviting portal users and resetting their passwords.' },
  { name: 'mail', description: 'Outgoing e-mails and their delivery (admins).' },
  { name: 'webhooks', description: 'Signed event deliveries to integrators’ URLs, with retries and a delivery log (admins).' },
  { name: 'verification', description: 'Public check of issued service reports and certificates by their printed code or hash.' },
];

const words = (text: string) => text.split(/[^A-Za-z0-9]+/).filter(Boolean);
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The method and the path in camel case, path parameters as `By<Name>`: `GET /api/v1/users/:id/grants` is
 * `getUsersByIdGrants`. Derived, so it is unique (one route per method and path) and never drifts from
 * the route; a generated client names its calls by it.
 */
export function operationIdOf(method: string, url: string): string {
  const segments = url.replace(/^\/api\/v1\/?/, '').split('/').filter(Boolean);
  const parts = segments.map((segment) =>
    segment.startsWith(':') ? `By${capitalised(segment.slice(1))}` : words(segment).map(capitalised).join(''),
  );
  return `${method.toLowerCase()}${parts.join('') || 'Root'}`;
}

interface OperationShape {
  method: string;
  url: string;
  /** Whether the querystring takes `cursor` (a paged list). */
  paged: boolean;
}

/**
 * The operation's own words (its summary, or a description it gives) followed by the rules that hold for
 * every operation of its shape: paging for lists, the one 404 for records, what a write may answer.
 */
export function operationDescription(summary: string | undefined, description: string | undefined, shape: OperationShape): string {
  const lead = description ?? (summary ? `${summary.replace(/[.\s]+$/, '')}.` : '');
  const rules: string[] = [];
  if (shape.paged) {
    rules.push('Answers one page of what the caller may see; pass its `nextCursor` as `cursor` for the next page (null: the last page).');
  }
  if (shape.url.includes(':')) {
    rules.push('A record that does not exist and one the caller may not see both answer 404, so the answer never tells them apart.');
  }
  if (!['GET', 'HEAD'].includes(shape.method.toUpperCase())) {
    rules.push('Errors use the shared error body (`ErrorResponse`); a 400 names each field that failed in `details`.');
  }
  return [lead, ...rules].filter(Boolean).join('\n\n');
}
