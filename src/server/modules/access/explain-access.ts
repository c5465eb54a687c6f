import type { DbExecutor } from '../../context.js';
import { NotFoundError } from '../../plugins/errors.js';
import { loadReferenceFacts, type ReferenceFacts } from './access-facts.js';
import { describeReason, describeStep, recordsNamed, type ExplainableType, type NamedType, type ReasonStep, type RecordRef } from './access-reasons.js';
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

const TABLE_OF: Record<NamedType, string> = {
  contact: 'contacts',
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
const LABEL_COLUMN: Record<NamedType, string> = {
  contact: 'name',
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

function nameLookup(names: Map<string, string>) {
  const name = (record: RecordRef) => names.get(`${record.type}:${record.id}`) ?? record.id;
  const named = ({ record, ...rest }: ReasonStep): NamedStep => (record ? { ...rest, record: { ...record, name: name(record) } } : rest);
  return { name, named };
}

/** A verdict with its records named, in English sentences and as codes. */
function toExplanation(verdict: Verdict, names: Map<string, string>): Explanation {
  const { name, named } = nameLookup(names);
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
  const { judge } = await judgeOf(db, type, id);
  const verdict = judge(await loadReferenceFacts(db, userId));
  return toExplanation(verdict, await namesOf(db, recordsNamed(verdict.reasons, verdict.denied)));
}

export interface RecordViewer {
  user: { id: string; displayName: string; login: string; status: 'active' | 'pending' };
  /** Whether the record itself is granted to the user (a grant staff can remove here). */
  granted: boolean;
  explanation: Explanation;
}

/**
 * "Who can see this record?" — the reverse of explain: every portal user of the record's customer or of
 * a consolidated account above it (invited ones included: they will see it once they sign in) for whom
 * the reference evaluator finds a reason. One facts load per candidate; an admin page, not a hot path.
 */
export async function whoCanSee(db: DbExecutor, type: ExplainableType, id: string): Promise<RecordViewer[]> {
  const { row, judge } = await judgeOf(db, type, id);
  const customerId = type === 'customer' ? row.id : row.customer_id;
  const customer = customerId ? await db.selectFrom('customers').select('path').where('id', '=', customerId).executeTakeFirst() : undefined;
  if (!customer) return [];
  const customerIds = customer.path.split('/').filter(Boolean);
  const candidates = await db
    .selectFrom('users')
    .select(['id', 'display_name', 'login', 'status'])
    .where('kind', '=', 'external')
    .where('status', 'in', ['active', 'pending'])
    .where('customer_id', 'in', customerIds)
    .orderBy('display_name')
    .orderBy('id')
    .execute();
  const seen: { user: (typeof candidates)[number]; verdict: Verdict }[] = [];
  for (const user of candidates) {
    const verdict = judge(await loadReferenceFacts(db, user.id));
    if (verdict.visible) seen.push({ user, verdict });
  }
  const names = await namesOf(db, recordsNamed(seen.flatMap((s) => s.verdict.reasons), null));
  return seen.map(({ user, verdict }) => ({
    user: { id: user.id, displayName: user.display_name, login: user.login, status: user.status as 'active' | 'pending' },
    granted: verdict.reasons.some((reason) => reason[0]?.code === 'granted' && reason[0].record?.id === row.id),
    explanation: toExplanation(verdict, names),
  }));
}

/** Loads a record and what its rule looks at, once; the judge then decides for any user's facts. */
async function judgeOf(db: DbExecutor, type: ExplainableType, id: string): Promise<{ row: Row; judge: (facts: ReferenceFacts) => Verdict }> {
  const row = await loadRow(db, TABLE_OF[type], id);
  if (!row) throw new NotFoundError('Record not found.');
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
      return { row, judge: (facts) => customerVerdict(facts, row.id) };
    case 'site':
      return { row, judge: (facts) => siteVerdict(facts, row) };
    case 'asset':
      return { row, judge: (facts) => assetVerdict(facts, row) };
    case 'project':
      return { row, judge: (facts) => projectVerdict(facts, row) };
    case 'order':
      return { row, judge: (facts) => orderVerdict(facts, row) };
    case 'ticket':
      return { row, judge: (facts) => ticketVerdict(facts, row) };
    case 'work_order':
      await addOwner('asset', row.asset_id);
      return { row, judge: (facts) => workOrderVerdict(facts, world, row) };
    case 'schedule_entry': {
      const assignees = await db.selectFrom('schedule_entry_assignees').select('user_id').where('schedule_entry_id', '=', row.id).execute();
      world.scheduleAssignees.set(row.id, new Set(assignees.map((a) => a.user_id)));
      return { row, judge: (facts) => scheduleEntryVerdict(facts, world, row) };
    }
    case 'file': {
      await addOwner(row.resource_type, row.resource_id);
      const types = await db.selectFrom('file_types').select('id').where('customer_visible', '=', 1).execute();
      world.customerVisibleFileTypes = new Set(types.map((t) => t.id));
      return { row, judge: (facts) => fileVerdict(facts, world, row) };
    }
  }
}
