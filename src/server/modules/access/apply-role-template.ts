import type { DbExecutor } from '../../context.js';
import { ROLE_TEMPLATES, type AccessModes, type Capabilities, type RoleTemplateKey } from './access-config.js';

/**
 * A role template as concrete modes and capabilities: its ticket types and statuses, named by key in
 * the template, become the ids of this installation (global types, or the customer's own).
 */
export async function resolveRoleTemplate(db: DbExecutor, key: RoleTemplateKey, customerId: string | null): Promise<{ modes: AccessModes; capabilities: Capabilities }> {
  const template = ROLE_TEMPLATES[key];
  const { ticketTypeKeys, statusKeys, ...flags } = template.capabilities;
  const types = ticketTypeKeys.length
    ? await db
        .selectFrom('ticket_types')
        .select('id')
        .where('key', 'in', ticketTypeKeys)
        .where('archived_at', 'is', null)
        .where((eb) => (customerId ? eb.or([eb('customer_id', 'is', null), eb('customer_id', '=', customerId)]) : eb('customer_id', 'is', null)))
        .execute()
    : [];
  const statuses = statusKeys.length ? await db.selectFrom('ticket_statuses').select('id').where('key', 'in', statusKeys).where('archived_at', 'is', null).execute() : [];
  return { modes: template.modes, capabilities: { ...flags, ticketTypeIds: types.map((t) => t.id), statusIds: statuses.map((s) => s.id) } };
}
