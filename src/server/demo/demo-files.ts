import { Readable } from 'node:stream';
import type { Transaction } from 'kysely';
import { newId } from '../db/ids.js';
import type { FileOwnerType } from '../db/back-office-tables.js';
import type { Database } from '../db/schema.js';
import type { FileStore } from '../modules/files/file-store.js';
import type { seedDemoCompany } from './demo-company.js';
import { demoPdf } from './demo-pdf.js';

type Refs = Awaited<ReturnType<typeof seedDemoCompany>>;

interface DemoFile {
  filename: string;
  /** One of the file types a new installation starts with (migration 003). */
  type: 'Certificate' | 'Report' | 'Drawing' | 'Internal';
  owner: (refs: Refs) => { resourceType: FileOwnerType; resourceId: string; customerId: string; siteId: string | null };
  lines: string[];
}

/**
 * Documents on the demo's records: a calibration certificate the customer downloads next to the lab's
 * internal as-found data they never see (customer-visible and internal file types), a service report,
 * a camera layout and a print proof.
 */
const DEMO_FILES: readonly DemoFile[] = [
  {
    filename: 'Calibration certificate AB-204.pdf',
    type: 'Certificate',
    owner: (r) => ({ resourceType: 'asset', resourceId: r.balance.id, customerId: r.helix.id, siteId: r.labNorth.id }),
    lines: ['Instrument: Analytical balance AB-204, serial MT-204-7781', 'Customer: Helix Pharma, Lab North', 'Result: within tolerance at every test load', 'Next calibration due in 12 months'],
  },
  {
    filename: 'As-found data AB-204 (internal).pdf',
    type: 'Internal',
    owner: (r) => ({ resourceType: 'work_order', resourceId: r.calibrationId, customerId: r.helix.id, siteId: r.labNorth.id }),
    lines: ['Internal: raw readings before adjustment', 'Linearity deviation at 150 g: +0.4 mg (adjusted)', 'Reference weight set W-07, certificate 2026-114'],
  },
  {
    filename: 'Boiler 1 service report.pdf',
    type: 'Report',
    owner: (r) => ({ resourceType: 'asset', resourceId: r.boiler1.id, customerId: r.berlin.id, siteId: r.plantRoomSite.id }),
    lines: ['Asset: Boiler 1 (Viessmann, serial VX-2291-A)', 'Burner checked and cleaned; flue gas values within limits', 'Gasket replaced'],
  },
  {
    filename: 'Store 12 camera layout.pdf',
    type: 'Drawing',
    owner: (r) => ({ resourceType: 'project', resourceId: r.projectId, customerId: r.globex.id, siteId: r.munich.id }),
    lines: ['Store 12 Munich: 12 dome cameras, 1 recorder', 'Cameras 1-4: sales floor; 5-8: entrances; 9-12: stock room and loading dock'],
  },
  {
    filename: 'Author flyers proof.pdf',
    type: 'Report',
    owner: (r) => ({ resourceType: 'order', resourceId: r.orderIds['Author flyers']!, customerId: r.blueHarbor.id, siteId: null }),
    lines: ['Proof for approval: Author flyers, A5, 4/4 colours', 'Paper: 170 g/m2 gloss', 'Please check names and dates before we go to print'],
  },
];

export async function seedDemoFiles(trx: Transaction<Database>, refs: Refs, store: FileStore, now: string): Promise<void> {
  const types = await trx.selectFrom('file_types').select(['id', 'name']).where('archived_at', 'is', null).execute();
  for (const file of DEMO_FILES) {
    const typeId = types.find((type) => type.name === file.type)?.id;
    if (!typeId) continue;
    const pending = await store.receive(Readable.from([demoPdf(file.filename.replace(/\.pdf$/, ''), file.lines)]));
    await store.commit(pending);
    const owner = file.owner(refs);
    await trx
      .insertInto('files')
      .values({
        id: newId(), customer_id: owner.customerId, site_id: owner.siteId, resource_type: owner.resourceType, resource_id: owner.resourceId, file_type_id: typeId,
        filename: file.filename, content_type: 'application/pdf', size_bytes: pending.sizeBytes, sha256: pending.sha256, uploaded_by_user_id: null, created_at: now, archived_at: null,
      })
      .execute();
  }
}
