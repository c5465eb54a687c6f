import type { Kysely } from 'kysely';
import { newId } from '../../src/server/db/ids.js';
import type { Database } from '../../src/server/db/schema.js';
import { childPath, rootIdOf } from '../../src/server/db/tree-paths.js';
import { PORTAL_AREAS } from '../../src/server/modules/customers/customers.mapping.js';
import type { Row, World } from '../../src/server/modules/access/reference-evaluator.js';

/** Deterministic PRNG (mulberry32), so a failing seed reproduces exactly. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    maybe: <T>(items: readonly T[], p = 0.7): T | null => (items.length && next() < p ? items[Math.floor(next() * items.length)]! : null),
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
  };
}

export interface GeneratedWorld {
  world: World;
  tables: Record<'customers' | 'sites' | 'assets' | 'work_orders' | 'projects' | 'orders' | 'tickets' | 'schedule_entries' | 'files', Row[]>;
  customers: (Row & { parent_id: string | null; portal_areas: string[] })[];
  externalUserIds: string[];
  /** Each external user's site configuration as generated, and their contact's sites. */
  siteConfigs: Map<string, { sitesFromContact: boolean; sitesRestricted: boolean; sites: { siteId: string; level: 'read' | 'write' }[]; contactSiteIds: string[] }>;
}

/**
 * A small random service company: consolidated accounts, site trees, asset trees, work orders, projects,
 * orders, tickets, schedule entries, files, and external users with random scopes, modes and grants —
 * including grants and site access pointing at other customers' records, which must never leak.
 */
export async function generateWorld(db: Kysely<Database>, seed: number): Promise<GeneratedWorld> {
  const r = prng(seed);
  const now = '2026-03-02T09:00:00.000Z';
  const stamp = { created_at: now, updated_at: now };
  const archived = () => (r.chance(0.1) ? now : null);
  const ts = { ...stamp };

  const customers: GeneratedWorld['customers'] = [];
  for (let i = 0; i < 4; i++) {
    const parent = i >= 2 ? r.maybe(customers.filter((c) => c.parent_id === null), 0.6) : null;
    const id = newId();
    const areas = PORTAL_AREAS.filter(() => r.chance(0.85));
    customers.push({ id, parent_id: parent?.id ?? null, path: childPath(parent?.path ?? null, id), archived_at: r.chance(0.1) ? now : null, portal_areas: areas });
  }
  for (const c of customers) {
    await db.insertInto('customers').values({ id: c.id, parent_id: c.parent_id, path: c.path!, number: `C-${c.id}`, name: `C ${c.id}`, email: null, phone: null, internal_notes: null, portal_areas: JSON.stringify(c.portal_areas), ...stamp, archived_at: c.archived_at ?? null }).execute();
  }

  const sites: Row[] = [];
  for (const c of customers) {
    for (let i = 0; i < 3; i++) {
      const parent = r.maybe(sites.filter((s) => s.customer_id === c.id), 0.4);
      const id = newId();
      sites.push({ id, customer_id: c.id, path: childPath(parent?.path ?? null, id), archived_at: archived() });
    }
  }
  for (const s of sites) {
    await db.insertInto('sites').values({ id: s.id, customer_id: s.customer_id!, parent_id: s.path!.split('/').length > 3 ? s.path!.split('/').at(-3)! : null, path: s.path!, name: 'S', kind: 'facility', street: null, postal_code: null, city: null, country: null, internal_notes: null, ...ts, archived_at: s.archived_at ?? null }).execute();
  }

  // Contacts related to random sites, now and then one of another customer's (which must never leak).
  const contactSites = new Map<string, string[]>();
  const contacts: Row[] = [];
  for (const c of customers) {
    for (let i = 0; i < 2; i++) {
      const id = newId();
      contacts.push({ id, customer_id: c.id });
      const own = sites.filter((s) => s.customer_id === c.id && r.chance(0.4));
      const foreign = r.chance(0.15) ? [r.pick(sites)] : [];
      contactSites.set(id, [...new Set([...own, ...foreign].map((s) => s.id))]);
      await db.insertInto('contacts').values({ id, customer_id: c.id, name: 'K', email: null, phone: null, job_title: null, ...ts, archived_at: null }).execute();
      for (const siteId of contactSites.get(id)!) await db.insertInto('contact_sites').values({ contact_id: id, site_id: siteId }).execute();
    }
  }

  const users: string[] = [];
  const contactOf = new Map<string, string | null>();
  for (let i = 0; i < 4; i++) {
    const id = newId();
    users.push(id);
    const customerId = r.pick(customers).id;
    const contactId = r.maybe(contacts.filter((k) => k.customer_id === customerId || r.chance(0.1)), 0.6)?.id ?? null;
    contactOf.set(id, contactId);
    await db.insertInto('users').values({ id, kind: 'external', login: `ext-${id}`, email: null, display_name: 'E', role: null, password_hash: null, status: 'active', must_change_password: 0, locale: null, ...ts, password_changed_at: null, last_login_at: null, customer_id: customerId, contact_id: contactId, role_template: null }).execute();
  }

  const projects: Row[] = [];
  for (const c of customers) for (let i = 0; i < 2; i++) projects.push({ id: newId(), customer_id: c.id, site_id: r.maybe(sites.filter((s) => s.customer_id === c.id))?.id ?? null, archived_at: archived() });
  for (const p of projects) {
    await db.insertInto('projects').values({ id: p.id, customer_id: p.customer_id!, site_id: p.site_id ?? null, number: `P-${p.id}`, name: 'P', description: null, kind: 'installation', status: 'active', start_date: null, due_date: null, internal_notes: null, ...ts, archived_at: p.archived_at ?? null }).execute();
  }

  const assets: Row[] = [];
  for (const c of customers) {
    for (let i = 0; i < 6; i++) {
      const parent = r.maybe(assets.filter((a) => a.customer_id === c.id), 0.5);
      const id = newId();
      assets.push({ id, customer_id: c.id, site_id: r.maybe(sites.filter((s) => s.customer_id === c.id), 0.8)?.id ?? null, path: childPath(parent?.path ?? null, id), project_id: r.maybe(projects.filter((p) => p.customer_id === c.id), 0.25)?.id ?? null, archived_at: archived() });
    }
  }
  for (const a of assets) {
    const segments = a.path!.split('/');
    await db.insertInto('assets').values({ id: a.id, customer_id: a.customer_id!, site_id: a.site_id ?? null, parent_id: segments.length > 3 ? segments.at(-3)! : null, root_id: rootIdOf(a.path!), path: a.path!, depth: segments.length - 3, project_id: a.project_id ?? null, name: 'A', category: null, serial_number: null, manufacturer: null, model: null, status: 'active', next_due_date: null, last_service_date: null, custom_fields: '{}', internal_notes: null, ...ts, archived_at: a.archived_at ?? null }).execute();
  }

  const workOrders: Row[] = [];
  for (const c of customers) {
    for (let i = 0; i < 5; i++) {
      const asset = r.maybe(assets.filter((a) => a.customer_id === c.id), 0.7);
      workOrders.push({ id: newId(), customer_id: c.id, asset_id: asset?.id ?? null, site_id: asset ? (asset.site_id ?? null) : (r.maybe(sites.filter((s) => s.customer_id === c.id))?.id ?? null), project_id: r.maybe(projects.filter((p) => p.customer_id === c.id), 0.2)?.id ?? null, archived_at: archived() });
    }
  }
  for (const w of workOrders) {
    await db.insertInto('work_orders').values({ id: w.id, customer_id: w.customer_id!, site_id: w.site_id ?? null, asset_id: w.asset_id ?? null, root_asset_id: w.asset_id ? rootIdOf(assets.find((a) => a.id === w.asset_id)!.path!) : null, project_id: w.project_id ?? null, number: `WO-${w.id}`, title: 'W', description: null, kind: 'maintenance', status: 'open', priority: 'normal', planned_start: null, planned_end: null, completed_at: null, internal_cost: null, ...ts, archived_at: w.archived_at ?? null }).execute();
  }

  const orders: Row[] = [];
  for (const c of customers) for (let i = 0; i < 3; i++) orders.push({ id: newId(), customer_id: c.id, site_id: r.maybe(sites.filter((s) => s.customer_id === c.id), 0.5)?.id ?? null, placed_by_user_id: r.maybe(users, 0.3), archived_at: archived() });
  for (const o of orders) {
    await db.insertInto('orders').values({ id: o.id, customer_id: o.customer_id!, site_id: o.site_id ?? null, number: `O-${o.id}`, title: 'O', status: 'received', deadline: null, placed_by_user_id: o.placed_by_user_id ?? null, internal_notes: null, ...ts, archived_at: o.archived_at ?? null }).execute();
  }

  const type = await db.selectFrom('ticket_types').select('id').executeTakeFirst();
  const status = await db.selectFrom('ticket_statuses').select('id').executeTakeFirst();
  const tickets: Row[] = [];
  if (type && status) {
    for (const c of customers) for (let i = 0; i < 4; i++) tickets.push({ id: newId(), customer_id: c.id, site_id: r.maybe(sites.filter((s) => s.customer_id === c.id))?.id ?? null, submitter_user_id: r.maybe(users, 0.5), archived_at: archived() });
    for (const t of tickets) {
      await db.insertInto('tickets').values({ id: t.id, customer_id: t.customer_id!, site_id: t.site_id ?? null, asset_id: null, root_asset_id: null, number: `T-${t.id}`, type_id: type.id, status_id: status.id, title: 'T', description: null, priority: 'normal', submitter_user_id: t.submitter_user_id ?? null, responsible_user_id: null, responsible_group_id: null, rating: null, ...ts, closed_at: null, archived_at: t.archived_at ?? null }).execute();
    }
  }

  const scheduleEntries: Row[] = [];
  const scheduleAssignees = new Map<string, Set<string>>();
  for (const c of customers) {
    for (let i = 0; i < 2; i++) {
      const id = newId();
      scheduleEntries.push({ id, customer_id: c.id, archived_at: archived() });
      await db.insertInto('schedule_entries').values({ id, customer_id: c.id, site_id: null, title: 'V', kind: 'visit', starts_at: now, ends_at: null, recurrence: null, notes: null, ...ts, archived_at: scheduleEntries.at(-1)!.archived_at ?? null }).execute();
      const assignees = new Set(users.filter(() => r.chance(0.3)));
      scheduleAssignees.set(id, assignees);
      for (const userId of assignees) await db.insertInto('schedule_entry_assignees').values({ schedule_entry_id: id, user_id: userId }).execute();
    }
  }

  const fileTypes = [{ id: newId(), visible: 1 }, { id: newId(), visible: 0 }];
  for (const ft of fileTypes) await db.insertInto('file_types').values({ id: ft.id, name: 'F', customer_visible: ft.visible, ...ts, archived_at: null }).execute();
  const owners: [string, Row[]][] = [['asset', assets], ['work_order', workOrders], ['project', projects], ['order', orders], ['ticket', tickets], ['site', sites], ['customer', customers]];
  const files: Row[] = [];
  for (let i = 0; i < 25; i++) {
    const [resourceType, rows] = r.pick(owners);
    if (!rows.length) continue;
    const owner = r.pick(rows);
    const customerId = resourceType === 'customer' ? owner.id : owner.customer_id!;
    const file: Row = { id: newId(), customer_id: customerId, resource_type: resourceType, resource_id: owner.id, file_type_id: r.pick(fileTypes).id, archived_at: archived() };
    files.push(file);
    await db.insertInto('files').values({ id: file.id, customer_id: customerId, site_id: owner.site_id ?? null, resource_type: resourceType as 'asset', resource_id: owner.id, file_type_id: file.file_type_id!, filename: 'f.pdf', content_type: 'application/pdf', size_bytes: 1, sha256: 'x', uploaded_by_user_id: null, created_at: now, archived_at: file.archived_at ?? null }).execute();
  }

  // Access configuration: random modes, site scopes and grants, some pointing at other customers' records.
  const grantables: [string, Row[]][] = [['asset', assets], ['project', projects], ['work_order', workOrders], ['order', orders], ['ticket', tickets], ['schedule_entry', scheduleEntries]];
  const siteConfigs: GeneratedWorld['siteConfigs'] = new Map();
  for (const userId of users) {
    const config = { sitesFromContact: r.chance(0.5), sitesRestricted: r.chance(0.5), sites: [] as { siteId: string; level: 'read' | 'write' }[], contactSiteIds: contactSites.get(contactOf.get(userId) ?? '') ?? [] };
    siteConfigs.set(userId, config);
    await db.insertInto('user_access').values({
      user_id: userId,
      sites_restricted: config.sitesRestricted ? 1 : 0,
      sites_from_contact: config.sitesFromContact ? 1 : 0,
      asset_mode: r.pick(['all_in_scope', 'granted_only'] as const),
      work_order_mode: r.pick(['all_under_visible_assets', 'assigned_only'] as const),
      project_mode: r.pick(['all_in_scope', 'granted_only'] as const),
      ticket_mode: r.pick(['own', 'all_in_scope'] as const),
      order_mode: r.pick(['all_in_scope', 'own'] as const),
      schedule_mode: 'assigned_only',
      capabilities: JSON.stringify({ customerAdmin: r.chance(0.3) }),
      updated_at: now,
    }).execute();
    for (const site of sites.filter(() => r.chance(0.25))) {
      config.sites.push({ siteId: site.id, level: r.pick(['read', 'write'] as const) });
      await db.insertInto('user_site_access').values({ user_id: userId, site_id: site.id, level: config.sites.at(-1)!.level }).execute();
    }
    for (let i = 0; i < 6; i++) {
      const [resourceType, rows] = r.pick(grantables);
      if (!rows.length) continue;
      const target = r.pick(rows);
      await db.insertInto('access_grants').values({ id: newId(), user_id: userId, resource_type: resourceType as 'asset', resource_id: target.id, kind: r.pick(['visible', 'assigned'] as const), customer_id: target.customer_id!, created_at: now, created_by_user_id: null }).onConflict((oc) => oc.doNothing()).execute();
    }
  }

  const byId = (rows: Row[]) => new Map(rows.map((row) => [row.id, row]));
  return {
    world: {
      assets: byId(assets),
      workOrders: byId(workOrders),
      projects: byId(projects),
      orders: byId(orders),
      tickets: byId(tickets),
      sites: byId(sites),
      scheduleAssignees,
      customerVisibleFileTypes: new Set(fileTypes.filter((f) => f.visible).map((f) => f.id)),
    },
    tables: { customers, sites, assets, work_orders: workOrders, projects, orders, tickets, schedule_entries: scheduleEntries, files },
    customers,
    externalUserIds: users,
    siteConfigs,
  };
}
