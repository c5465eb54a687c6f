import type { DbExecutor } from '../../context.js';
import { NotFoundError } from '../../plugins/errors.js';
import { loadReferenceFacts } from './access-facts.js';
import { describeReason, describeStep, recordsNamed, type ExplainableType, type ReasonStep, type RecordRef } from './access-reasons.js';
import {
  assetVerdict,
  customerVerdict,
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

export { EXPLAINABLE_TYPES, type ExplainableType } from './access-reasons.js';

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

/** What a record is called in an explanation: its name, title or number. */
const LABEL_COLUMN: Record<ExplainableType, string> = {
  customer: 'name',
  site: 'name',
  asset: 'name',
  work_order: 'title',
  project: 'name',
  order: 'title',
  ticket: 'title',
  schedule_entry: 'title',
  file: 'filename',
};

export interface NamedStep extends Omit<ReasonStep, 'record'> {
  record?: RecordRef & { name: string };
}

/** A verdict as the API tells it: English sentences, and the same reasons as codes with named records. */
export interface Explanation {
  visible: boolean;
  reasons: string[];
  denied: string | null;
  steps: { reasons: NamedStep[][]; denied: NamedStep | null };
}

async function namesOf(db: DbExecutor, records: RecordRef[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const type of new Set(records.map((r) => r.type))) {
    const ids = records.filter((r) => r.type === type).map((r) => r.id);
    const rows = (await db
      .selectFrom(TABLE_OF[type] as 'assets')
      .select(['id', `${LABEL_COLUMN[type]} as name` as 'name'])
      .where('id', 'in', ids)
      .execute()) as { id: string; name: string | null }[];
    for (const row of rows) names.set(`${type}:${row.id}`, row.name ?? row.id);
  }
  return names;
}

/** Names the records of a verdict's reasons and words them in English beside their codes. */
async function toExplanation(db: DbExecutor, verdict: Verdict): Promise<Explanation> {
  const names = await namesOf(db, recordsNamed(verdict.reasons, verdict.denied));
  const name = (record: RecordRef) => names.get(`${record.type}:${record.id}`) ?? record.id;
  const named = ({ record, ...rest }: ReasonStep): NamedStep => (record ? { ...rest, record: { ...record, name: name(record) } } : rest);
  return {
    visible: verdict.visible,
    reasons: verdict.reasons.map((reason) => describeReason(reason, name)),
    denied: verdict.denied ? describeStep(verdict.denied, name) : null,
    steps: { reasons: verdict.reasons.map((reason) => reason.map(named)), denied: verdict.denied ? named(verdict.denied) : null },
  };
}

/**
 * "Why can this user see this record?" — the reference evaluator's reasons for one external user and one
 * record (which the caller, staff, can see), with the records they name. Loads only the rows the rule for
 * that type looks at.
 */
export async function explainAccess(db: DbExecutor, userId: string, type: ExplainableType, id: string): Promise<Explanation> {
  return toExplanation(db, await verdictFor(db, userId, type, id));
}

async function verdictFor(db: DbExecutor, userId: string, type: ExplainableType, id: string): Promise<Verdict> {
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
      return customerVerdict(facts, row.id);
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
