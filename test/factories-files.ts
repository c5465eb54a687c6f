import type { LightMyRequestResponse } from 'fastify';
import type { App } from '../src/server/app.js';
import { newId } from '../src/server/db/ids.js';
import type { Session } from './helpers.js';
import { uniqueSuffix } from './factories.js';

/**
 * Owning records for file tests, written straight to the database: the asset, site and document APIs
 * are other modules' and tested there.
 */
export async function insertSite(app: App, customerId: string): Promise<string> {
  const id = newId();
  const now = app.ctx.clock().toISOString();
  await app.ctx.db
    .insertInto('sites')
    .values({ id, customer_id: customerId, parent_id: null, path: `/${id}/`, name: `Site ${uniqueSuffix()}`, kind: 'facility', street: null, postal_code: null, city: null, country: null, internal_notes: null, created_at: now, updated_at: now, archived_at: null })
    .execute();
  return id;
}

export async function insertAsset(app: App, customerId: string, siteId: string | null = null): Promise<string> {
  const id = newId();
  const now = app.ctx.clock().toISOString();
  await app.ctx.db
    .insertInto('assets')
    .values({
      id,
      customer_id: customerId,
      site_id: siteId,
      parent_id: null,
      root_id: id,
      path: `/${id}/`,
      depth: 0,
      project_id: null,
      name: `Boiler ${uniqueSuffix()}`,
      category: null,
      serial_number: null,
      manufacturer: null,
      model: null,
      status: 'active',
      next_due_date: null,
      last_service_date: null,
      custom_fields: '{}',
      internal_notes: null,
      created_at: now,
      updated_at: now,
      archived_at: null,
    })
    .execute();
  return id;
}

export async function insertDocument(app: App): Promise<string> {
  const id = newId();
  const now = app.ctx.clock().toISOString();
  await app.ctx.db
    .insertInto('documents')
    .values({ id, title: `Procedure ${uniqueSuffix()}`, kind: 'procedure', body: 'Steps.', created_at: now, updated_at: now, archived_at: null })
    .execute();
  return id;
}

/** The id of one of the file types migration 003 installs (Certificate, Report, Photo, Drawing, Invoice, Internal). */
export async function fileTypeId(app: App, name: string): Promise<string> {
  const row = await app.ctx.db.selectFrom('file_types').select('id').where('name', '=', name).executeTakeFirstOrThrow();
  return row.id;
}

export interface UploadPart {
  content: Buffer | string;
  filename?: string;
  contentType?: string;
}

/** A multipart/form-data body as a browser would send it: the text fields in order, then the file. */
export async function multipartBody(fields: Record<string, string>, file?: UploadPart): Promise<{ payload: Buffer; headers: Record<string, string> }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (file) {
    const bytes = typeof file.content === 'string' ? Buffer.from(file.content) : file.content;
    form.append('file', new Blob([new Uint8Array(bytes)], { type: file.contentType ?? 'application/octet-stream' }), file.filename ?? 'file.bin');
  }
  const encoded = new Response(form);
  return { payload: Buffer.from(await encoded.arrayBuffer()), headers: { 'content-type': encoded.headers.get('content-type')! } };
}

export interface UploadOptions extends UploadPart {
  resourceType: string;
  resourceId: string;
  fileTypeId: string;
}

export async function uploadFile(session: Session, options: UploadOptions): Promise<LightMyRequestResponse> {
  const { resourceType, resourceId, fileTypeId: typeId, ...file } = options;
  const body = await multipartBody({ resourceType, resourceId, fileTypeId: typeId }, file);
  return session.inject({ method: 'POST', url: '/api/v1/files', ...body });
}
