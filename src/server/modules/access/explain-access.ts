import type { DbExecutor } from '../../context.js';
import { NotFoundError } from '../../plugins/errors.js';
import { loadReferenceFacts } from './access-facts.js';
import {
  assetVerdict,
  fileVerdict,
  orderVerdict,
  projectVerdict,
  scheduleEntryVerdict,
  siteVerdict,
  ticketVerdict,
  workOrderVerdict,
  type Row,
  type Verdict,
  type World,
} from './reference-evaluator.js';

export const EXPLAINABLE_TYPES = ['customer', 'site', 'asset', 'work_order', 'project', 'order', 'ticket', 'schedule_entry', 'file'] as const;
export type ExplainableType = (typeof EXPLAINABLE_TYPES)[number];

const TABLE_OF: Record<ExplainableType, string> = {
  customer: 'customers',
  site: 'sites',
  asset: 'assets',
  work_order: 'work_orders',
  project: 'projects',
  order: 'orders',
  ticket: 'tickets',
  schedule_entry: 'schedule_entries',
  file: 'files',
};

async function loadRow(db: DbExecutor, table: string, id: string): Promise<Row | undefined> {
  return (await db.selectFrom(table as 'assets').selectAll().where('id', '=', id).executeTakeFirst()) as Row | undefined;
}

/**
 * "Why can this user see this record?" — the reference evaluator's reasons for one external user and one
 * record (which the caller, staff, can see). Loads only the rows the rule for that type looks at.
 */
export async function explainAccess(db: DbExecutor, userId: string, type: ExplainableType, id: string): Promise<Verdict> {
  const row = await loadRow(db, TABLE_OF[type], id);
  if (!row) throw new NotFoundError('Record not found.');
  const facts = await loadReferenceFacts(db, userId);
  const world: World = {
    assets: new Map(),
    workOrders: new Map(),
    projects: new Map(),
    orders: new Map(),
    tickets: new Map(),
    sites: new Map(),
    scheduleAssignees: new Map(),
    customerVisibleFileTypes: new Set(),
  };
  const addOwner = async (ownerType: string | undefined, ownerId: string | null | undefined) => {
    if (!ownerId) return;
    const key = ({ asset: 'assets', work_order: 'workOrders', project: 'projects', order: 'orders', ticket: 'tickets', site: 'sites' } as const)[ownerType as 'asset'];
    if (!key) return;
    const owner = await loadRow(db, TABLE_OF[ownerType as ExplainableType], ownerId);
    if (owner) world[key].set(owner.id, owner);
    if (ownerType === 'work_order' && owner?.asset_id) await addOwner('asset', owner.asset_id);
  };
  switch (type) {
    case 'customer':
      return facts.customerIds.includes(row.id)
        ? { visible: true, reasons: [row.id === facts.homeCustomerId ? 'it is the user’s own customer' : 'it belongs to the user’s consolidated account'], denied: null }
        : { visible: false, reasons: [], denied: 'the customer is outside the user’s scope' };
    case 'site':
      return siteVerdict(facts, row);
    case 'asset':
      return assetVerdict(facts, row);
    case 'project':
      return projectVerdict(facts, row);
    case 'order':
      return orderVerdict(facts, row);
    case 'ticket':
      return ticketVerdict(facts, row);
    case 'work_order':
      await addOwner('asset', row.asset_id);
      return workOrderVerdict(facts, world, row);
    case 'schedule_entry': {
      const assignees = await db.selectFrom('schedule_entry_assignees').select('user_id').where('schedule_entry_id', '=', row.id).execute();
      world.scheduleAssignees.set(row.id, new Set(assignees.map((a) => a.user_id)));
      return scheduleEntryVerdict(facts, world, row);
    }
    case 'file': {
      await addOwner(row.resource_type, row.resource_id);
      const types = await db.selectFrom('file_types').select('id').where('customer_visible', '=', 1).execute();
      world.customerVisibleFileTypes = new Set(types.map((t) => t.id));
      return fileVerdict(facts, world, row);
    }
  }
}
