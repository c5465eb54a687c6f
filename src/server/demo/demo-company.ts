import type { Transaction } from 'kysely';
import { newId } from '../db/ids.js';
import type { Database } from '../db/schema.js';
import { nextNumber } from '../db/sequences.js';
import { childPath, rootIdOf } from '../db/tree-paths.js';
import type { PORTAL_AREAS } from '../modules/customers/customers.mapping.js';
import { dueTimes, slaColumns } from '../modules/tickets/ticket-sla.js';

type Trx = Transaction<Database>;
type PortalArea = (typeof PORTAL_AREAS)[number];

/**
 * What each kind of demo customer uses in the portal, so its users meet only areas with something in
 * them (a print buyer has orders, not assets; issue #13). Files and requests are everyone's.
 */
const DEMO_AREAS = {
  facilityMaintenance: ['assets', 'work_orders', 'tickets', 'schedule', 'files'],
  calibrationLab: ['assets', 'work_orders', 'tickets', 'schedule', 'files'],
  securityIntegrator: ['assets', 'work_orders', 'projects', 'devices', 'tickets', 'files'],
  printBuyer: ['orders', 'tickets', 'files'],
} as const satisfies Record<string, readonly PortalArea[]>;

/**
 * The demo service company's back office: consolidated accounts, sites, asset trees, work orders,
 * projects, orders, tickets, schedule, documents. Written straight to the tables in one transaction;
 * numbers come from the same sequences the API uses, so records created later continue the series.
 */
export async function seedDemoCompany(trx: Trx, now: Date, staff: { technicianId: string; coordinatorId: string }) {
  const iso = now.toISOString();
  const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const at = (offset: number, hour = 9) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + offset, hour)).toISOString();
  const stamps = { created_at: iso, updated_at: iso };

  async function customer(name: string, parent: { id: string; path: string } | null, email: string, areas: readonly PortalArea[]) {
    const id = newId();
    const path = childPath(parent?.path ?? null, id);
    const number = await nextNumber(trx, 'customer', 'C');
    await trx.insertInto('customers').values({ id, parent_id: parent?.id ?? null, path, number, name, email, phone: null, internal_notes: null, portal_areas: JSON.stringify(areas), ...stamps, archived_at: null }).execute();
    return { id, path };
  }
  async function site(customerId: string, name: string, city: string, parent: { id: string; path: string } | null = null, kind: 'facility' | 'building' | 'branch' = 'facility') {
    const id = newId();
    const path = childPath(parent?.path ?? null, id);
    await trx.insertInto('sites').values({ id, customer_id: customerId, parent_id: parent?.id ?? null, path, name, kind, street: null, postal_code: null, city, country: 'DE', internal_notes: null, ...stamps, archived_at: null }).execute();
    return { id, path };
  }
  async function asset(customerId: string, siteId: string | null, name: string, details: { parent?: { id: string; path: string }; category?: string; serial?: string; due?: number; projectId?: string; manufacturer?: string } = {}) {
    const id = newId();
    const path = childPath(details.parent?.path ?? null, id);
    await trx.insertInto('assets').values({
      id, customer_id: customerId, site_id: siteId, parent_id: details.parent?.id ?? null, root_id: rootIdOf(path), path, depth: path.split('/').length - 3,
      project_id: details.projectId ?? null, name, category: details.category ?? null, serial_number: details.serial ?? null,
      manufacturer: details.manufacturer ?? null, model: null, status: 'active', next_due_date: details.due === undefined ? null : day(details.due),
      last_service_date: details.due === undefined ? null : day(details.due - 365), custom_fields: '{}', internal_notes: null, ...stamps, archived_at: null,
    }).execute();
    return { id, path };
  }
  async function workOrder(a: { id: string; path: string }, customerId: string, siteId: string, title: string, kind: 'maintenance' | 'calibration' | 'repair' | 'installation', status: 'open' | 'scheduled' | 'in_progress' | 'completed', tasks: string[], publicNote: string, projectId: string | null = null) {
    const id = newId();
    await trx.insertInto('work_orders').values({
      id, customer_id: customerId, site_id: siteId, asset_id: a.id, root_asset_id: rootIdOf(a.path), project_id: projectId, number: await nextNumber(trx, 'work_order', 'WO'),
      title, description: null, kind, status, priority: 'normal', planned_start: at(status === 'completed' ? -20 : 3), planned_end: at(status === 'completed' ? -20 : 3, 16),
      completed_at: status === 'completed' ? at(-20, 15) : null, internal_cost: 48000, ...stamps, archived_at: null,
    }).execute();
    await trx.insertInto('work_order_assignees').values({ work_order_id: id, user_id: staff.technicianId }).execute();
    for (const [position, taskTitle] of tasks.entries()) {
      await trx.insertInto('work_order_tasks').values({ id: newId(), work_order_id: id, customer_id: customerId, title: taskTitle, done: status === 'completed' ? 1 : 0, position, ...stamps }).execute();
    }
    await trx.insertInto('work_order_notes').values([
      { id: newId(), work_order_id: id, customer_id: customerId, author_user_id: staff.technicianId, body: publicNote, visibility: 'public', created_at: iso },
      { id: newId(), work_order_id: id, customer_id: customerId, author_user_id: staff.technicianId, body: 'Internal: bring the spare gasket kit; the customer’s parking is tight.', visibility: 'internal', created_at: iso },
    ]).execute();
    return id;
  }

  // Northwind: a consolidated account with two branches (facility maintenance).
  const northwind = await customer('Northwind Facilities Group', null, 'facilities@northwind.example', DEMO_AREAS.facilityMaintenance);
  const berlin = await customer('Northwind Berlin', northwind, 'berlin@northwind.example', DEMO_AREAS.facilityMaintenance);
  const hamburg = await customer('Northwind Hamburg', northwind, 'hamburg@northwind.example', DEMO_AREAS.facilityMaintenance);
  const berlinHq = await site(berlin.id, 'Berlin HQ', 'Berlin');
  const plantRoomSite = await site(berlin.id, 'Berlin HQ – Plant room', 'Berlin', berlinHq, 'building');
  const warehouse = await site(hamburg.id, 'Hamburg Warehouse', 'Hamburg');
  const hqBuilding = await asset(berlin.id, berlinHq.id, 'HQ building services', { category: 'Building' });
  const plantRoom = await asset(berlin.id, plantRoomSite.id, 'Plant room B1', { parent: hqBuilding, category: 'Room' });
  const boiler1 = await asset(berlin.id, plantRoomSite.id, 'Boiler 1', { parent: plantRoom, category: 'Boiler', serial: 'VX-2291-A', manufacturer: 'Viessmann', due: 12 });
  await asset(berlin.id, plantRoomSite.id, 'Boiler 2', { parent: plantRoom, category: 'Boiler', serial: 'VX-2291-B', manufacturer: 'Viessmann', due: 40 });
  const heatPump = await asset(berlin.id, berlinHq.id, 'Rooftop heat pump', { parent: hqBuilding, category: 'Heat pump', serial: 'HP-88-1', manufacturer: 'Daikin', due: -3 });
  const sprinkler = await asset(hamburg.id, warehouse.id, 'Sprinkler system', { category: 'Fire protection', serial: 'SPR-HH-01', due: 25 });
  await asset(hamburg.id, warehouse.id, 'Sprinkler zone 1', { parent: sprinkler, category: 'Fire protection' });
  await asset(hamburg.id, warehouse.id, 'Sprinkler zone 2', { parent: sprinkler, category: 'Fire protection' });
  await workOrder(boiler1, berlin.id, plantRoomSite.id, 'Annual boiler service', 'maintenance', 'scheduled', ['Check burner', 'Flue gas analysis', 'Replace gasket'], 'Technician visit confirmed for next week.');
  await workOrder(heatPump, berlin.id, berlinHq.id, 'Heat pump fault E12', 'repair', 'in_progress', ['Read fault log', 'Replace pressure sensor'], 'Spare part ordered, arrives Thursday.');
  await workOrder(sprinkler, hamburg.id, warehouse.id, 'Quarterly sprinkler inspection', 'maintenance', 'completed', ['Test alarm valve', 'Check gauges'], 'Inspection passed without findings.');

  // Helix Pharma: calibration customer.
  const helix = await customer('Helix Pharma', null, 'qa@helix.example', DEMO_AREAS.calibrationLab);
  const labNorth = await site(helix.id, 'Lab North', 'Mannheim');
  const labSouth = await site(helix.id, 'Lab South', 'Heidelberg');
  const balance = await asset(helix.id, labNorth.id, 'Analytical balance AB-204', { category: 'Balance', serial: 'MT-204-7781', manufacturer: 'Mettler Toledo', due: 9 });
  await asset(helix.id, labNorth.id, 'Pipette set P-12', { category: 'Pipette', serial: 'EP-12-0042', manufacturer: 'Eppendorf', due: 60 });
  await asset(helix.id, labSouth.id, 'Climate chamber CC-3', { category: 'Chamber', serial: 'BIN-CC3-19', manufacturer: 'Binder', due: 120 });
  const calibrationId = await workOrder(balance, helix.id, labNorth.id, 'Calibration AB-204', 'calibration', 'completed', ['Linearity test', 'Issue certificate'], 'Certificate issued; next calibration in 12 months.');

  // Globex Retail: security integrator's installation project with live-site devices.
  const globex = await customer('Globex Retail', null, 'security@globex.example', DEMO_AREAS.securityIntegrator);
  const munich = await site(globex.id, 'Store 12 Munich', 'Munich', null, 'branch');
  await site(globex.id, 'Store 31 Cologne', 'Cologne', null, 'branch');
  const projectId = newId();
  await trx.insertInto('projects').values({ id: projectId, customer_id: globex.id, site_id: munich.id, number: await nextNumber(trx, 'project', 'P'), name: 'Store 12 CCTV upgrade', description: 'Replace analogue cameras with 4K IP cameras and a new recorder.', kind: 'installation', status: 'active', start_date: day(-14), due_date: day(21), internal_notes: 'Margin 18 %', ...stamps, archived_at: null }).execute();
  for (const [position, title] of ['Site survey', 'Cable pulls', 'Mount cameras', 'Configure recorder', 'Customer handover'].entries()) {
    await trx.insertInto('project_tasks').values({ id: newId(), project_id: projectId, customer_id: globex.id, title, done: position < 2 ? 1 : 0, position, ...stamps }).execute();
  }
  await trx.insertInto('project_parts').values([
    { id: newId(), project_id: projectId, customer_id: globex.id, part_number: 'AX-P3268', description: '4K dome camera', quantity: 12, status: 'delivered', ...stamps },
    { id: newId(), project_id: projectId, customer_id: globex.id, part_number: 'AX-S3008', description: 'Network video recorder', quantity: 1, status: 'ordered', ...stamps },
  ]).execute();
  await trx.insertInto('project_reports').values({ id: newId(), project_id: projectId, customer_id: globex.id, title: 'Site survey report', summary: 'Cable routes confirmed; two camera positions moved for better coverage.', report_date: day(-10), created_at: iso }).execute();
  const cctv = await asset(globex.id, munich.id, 'CCTV system Store 12', { category: 'CCTV', projectId });
  for (let i = 1; i <= 4; i++) await asset(globex.id, munich.id, `Camera ${i}`, { parent: cctv, category: 'Camera', serial: `AX-P3268-${1000 + i}`, projectId });
  await workOrder(cctv, globex.id, munich.id, 'Mount and align cameras 1–4', 'installation', 'in_progress', ['Mount brackets', 'Align and focus', 'Record test footage'], 'Cameras 1 and 2 are up; 3 and 4 follow tomorrow.', projectId);

  // Blue Harbor Publishing: print and production orders with flags.
  const blueHarbor = await customer('Blue Harbor Publishing', null, 'production@blueharbor.example', DEMO_AREAS.printBuyer);
  const orderIds: Record<string, string> = {};
  const awaiting = newId();
  const creditHold = newId();
  await trx.insertInto('flags').values([
    { id: awaiting, name: 'Awaiting approval', name_translations: JSON.stringify({ de: 'Wartet auf Freigabe' }), color: '#f59f00', customer_visible: 1, ...stamps, archived_at: null },
    { id: creditHold, name: 'Credit hold', name_translations: JSON.stringify({ de: 'Kreditsperre' }), color: '#e03131', customer_visible: 0, ...stamps, archived_at: null },
  ]).execute();
  for (const [title, status, deadline] of [['Spring catalogue 2027', 'in_production', 18], ['Author flyers', 'received', 30], ['Annual report 2026', 'shipped', -5]] as const) {
    const orderId = newId();
    orderIds[title] = orderId;
    await trx.insertInto('orders').values({ id: orderId, customer_id: blueHarbor.id, site_id: null, number: await nextNumber(trx, 'order', 'O'), title, status, deadline: day(deadline), placed_by_user_id: null, internal_notes: null, ...stamps, archived_at: null }).execute();
    await trx.insertInto('order_tasks').values([
      { id: newId(), order_id: orderId, customer_id: blueHarbor.id, title: 'Prepress check', done: 1, position: 0, ...stamps },
      { id: newId(), order_id: orderId, customer_id: blueHarbor.id, title: 'Plate making', done: 0, position: 1, ...stamps },
    ]).execute();
    if (status === 'received') await trx.insertInto('flag_assignments').values({ flag_id: awaiting, resource_type: 'order', resource_id: orderId, customer_id: blueHarbor.id, created_at: iso }).execute();
    if (status === 'shipped') await trx.insertInto('flag_assignments').values({ flag_id: creditHold, resource_type: 'order', resource_id: orderId, customer_id: blueHarbor.id, created_at: iso }).execute();
  }

  // Tickets, schedule, documents, staff groups.
  const types = await trx.selectFrom('ticket_types').select(['id', 'key']).where('customer_id', 'is', null).execute();
  const statuses = await trx.selectFrom('ticket_statuses').select(['id', 'key']).execute();
  const typeId = (key: string) => types.find((t) => t.key === key)?.id;
  const statusId = (key: string) => statuses.find((s) => s.key === key)?.id;
  const groupId = newId();
  await trx.insertInto('staff_groups').values({ id: groupId, name: 'Service desk', ...stamps, archived_at: null }).execute();
  await trx.insertInto('staff_group_members').values({ group_id: groupId, user_id: staff.coordinatorId }).execute();
  // Service levels on two of the default types, and one ticket already past its first-response target,
  // so the staff home and the ticket list show what a breach looks like.
  await trx.updateTable('ticket_types').set({ first_response_minutes: 240, resolution_minutes: 1440 }).where('key', '=', 'incident_report').where('customer_id', 'is', null).execute();
  await trx.updateTable('ticket_types').set({ first_response_minutes: 480, resolution_minutes: 4320 }).where('key', '=', 'service_request').where('customer_id', 'is', null).execute();
  const targets = await trx.selectFrom('ticket_types').select(['key', 'first_response_minutes', 'resolution_minutes']).where('customer_id', 'is', null).execute();
  const tickets = [
    { customerId: berlin.id, siteId: plantRoomSite.id, asset: boiler1, type: 'incident_report', status: 'in_progress', title: 'Boiler 1 pressure drops overnight', hoursAgo: 0, answered: true },
    { customerId: helix.id, siteId: labNorth.id, asset: balance, type: 'visit_request', status: 'new', title: 'Please recalibrate before the audit on the 15th', hoursAgo: 0, answered: true },
    { customerId: globex.id, siteId: munich.id, asset: cctv, type: 'service_request', status: 'new', title: 'Add a camera at the loading dock', hoursAgo: 10, answered: false },
  ];
  for (const t of tickets) {
    const target = targets.find((type) => type.key === t.type);
    if (!typeId(t.type) || !statusId(t.status) || !target) continue;
    const ticketId = newId();
    const raisedAt = new Date(now.getTime() - t.hoursAgo * 3_600_000).toISOString();
    const sla = { created_at: raisedAt, closed_at: null, first_responded_at: t.answered ? iso : null, ...dueTimes(raisedAt, target) };
    await trx.insertInto('tickets').values({ id: ticketId, customer_id: t.customerId, site_id: t.siteId, asset_id: t.asset.id, root_asset_id: rootIdOf(t.asset.path), number: await nextNumber(trx, 'ticket', 'T'), type_id: typeId(t.type)!, status_id: statusId(t.status)!, title: t.title, description: null, priority: 'normal', submitter_user_id: null, responsible_user_id: t.answered ? staff.coordinatorId : null, responsible_group_id: t.answered ? groupId : null, rating: null, ...sla, ...slaColumns(sla), updated_at: iso, archived_at: null }).execute();
    await trx.insertInto('ticket_comments').values([
      ...(t.answered ? [{ id: newId(), ticket_id: ticketId, customer_id: t.customerId, author_user_id: staff.coordinatorId, body: 'Thanks, we are on it and will get back to you today.', visibility: 'public' as const, created_at: iso }] : []),
      { id: newId(), ticket_id: ticketId, customer_id: t.customerId, author_user_id: staff.coordinatorId, body: 'Internal: check warranty before quoting.', visibility: 'internal' as const, created_at: iso },
    ]).execute();
  }
  const visitId = newId();
  await trx.insertInto('schedule_entries').values([
    { id: visitId, customer_id: berlin.id, site_id: berlinHq.id, title: 'Quarterly maintenance round', kind: 'round', starts_at: at(7), ends_at: at(7, 15), recurrence: 'quarterly', notes: null, ...stamps, archived_at: null },
  ]).execute();
  await trx.insertInto('schedule_entry_assignees').values({ schedule_entry_id: visitId, user_id: staff.technicianId }).execute();
  await trx.insertInto('documents').values([
    { id: newId(), title: 'Lockout/tagout procedure', kind: 'procedure', body: 'Isolate, lock, tag, verify zero energy before any work on plant equipment.', ...stamps, archived_at: null },
    { id: newId(), title: 'Escalation policy', kind: 'policy', body: 'Incidents on life-safety systems are escalated to the on-call engineer within 30 minutes.', ...stamps, archived_at: null },
    { id: newId(), title: 'Van stock list', kind: 'list', body: 'Gaskets, pressure sensors, fuses, cable ties.', ...stamps, archived_at: null },
  ]).execute();
  return { northwind, berlin, hamburg, helix, globex, blueHarbor, projectId, berlinHq, plantRoomSite, labNorth, labSouth, munich, hqBuilding, boiler1, balance, calibrationId, orderIds, visitId };
}
