import type { Readable } from 'node:stream';
import Value from 'typebox/value';
import type { AppContext } from '../../context.js';
import { newId } from '../../db/ids.js';
import { caseless, parseSort } from '../../http/list-query.js';
import { BadRequestError, NotFoundError, UnprocessableError } from '../../plugins/errors.js';
import type { AccessScope } from '../access/access-scope.js';
import { assertMayUpload } from '../access/portal-capabilities.js';
import { assertStaffMay } from '../access/staff-permissions.js';
import { recordChange, type ChangeFacts } from '../audit/record-change.js';
import { resolveFileOwner, uploadActionFor, type FileOwner } from './file-owners.js';
import { createFileStore, type PendingBlob } from './file-store.js';
import { toFile, UploadFields } from './files.mapping.js';
import {
  findUsableFileType,
  findVisibleFile,
  insertFile,
  listVisibleFiles,
  updateFileRow,
  type FileListFilters,
  type FileWithTypeRow,
} from './files.repository.js';

const SORT_COLUMNS = { createdAt: 'created_at', filename: caseless('filename') };
export const FILE_SORT_FIELDS = Object.keys(SORT_COLUMNS);

type Facts = Omit<ChangeFacts, 'principal' | 'now'>;

/** An upload whose owner, permission and file type are settled before any byte is accepted. */
export interface UploadTarget {
  fields: UploadFields;
  owner: FileOwner;
  fileType: { id: string; name: string; name_translations: string; customer_visible: number };
}

export type FilesService = ReturnType<typeof createFilesService>;

export function createFilesService({ db, clock, config }: Pick<AppContext, 'db' | 'clock' | 'config'>) {
  const store = createFileStore(config.dataDir);

  async function getVisible(scope: AccessScope, id: string): Promise<FileWithTypeRow> {
    const row = await findVisibleFile(db, scope, id);
    if (!row) throw new NotFoundError('File not found.');
    return row;
  }

  return {
    store,

    async list(scope: AccessScope, query: FileListFilters & { sort?: string; cursor?: string; limit?: number }) {
      const sort = parseSort(query.sort, SORT_COLUMNS, '-createdAt');
      const page = await listVisibleFiles(db, scope, query, { sort, cursor: query.cursor, limit: query.limit });
      return { items: page.rows.map((row) => toFile(row, scope.language)), nextCursor: page.nextCursor };
    },

    async get(scope: AccessScope, id: string) {
      return toFile(await getVisible(scope, id), scope.language);
    },

    /**
     * Checks the form fields of an upload: the owner must be visible (404), then writable by the caller
     * (403: staff role, or a portal user's upload capability on a writable site), then the file type
     * usable by the caller (422: portal users only customer-visible types).
     */
    async prepareUpload(scope: AccessScope, rawFields: Record<string, string>): Promise<UploadTarget> {
      if (!Value.Check(UploadFields, rawFields)) {
        const first = [...Value.Errors(UploadFields, rawFields)][0];
        throw new BadRequestError(`Invalid upload form: ${first ? `${first.instancePath || 'fields'} ${first.message}` : 'bad fields'}.`);
      }
      const fields = rawFields as UploadFields;
      const owner = await resolveFileOwner(db, scope, fields.resourceType, fields.resourceId);
      if (!owner) throw new NotFoundError('The record to attach the file to was not found.');
      assertMayUpload(scope, owner, uploadActionFor(fields.resourceType));
      const fileType = await findUsableFileType(db, fields.fileTypeId, scope.principal.kind !== 'staff');
      if (!fileType) throw new UnprocessableError('fileTypeId: no such file type.', 'invalid_reference');
      return { fields, owner, fileType };
    },

    /** Stores a received blob and its metadata row; the blob is in place before the row points at it. */
    async completeUpload(
      scope: AccessScope,
      target: UploadTarget,
      pending: PendingBlob,
      meta: { filename: string; contentType: string },
      facts: Facts,
    ) {
      if (pending.sizeBytes === 0) {
        await store.discard(pending);
        throw new BadRequestError('The file is empty.');
      }
      await store.commit(pending);
      const now = clock().toISOString();
      const row: FileWithTypeRow = {
        id: newId(),
        customer_id: target.owner.customerId,
        site_id: target.owner.siteId,
        resource_type: target.fields.resourceType,
        resource_id: target.fields.resourceId,
        file_type_id: target.fileType.id,
        filename: meta.filename,
        content_type: meta.contentType,
        size_bytes: pending.sizeBytes,
        sha256: pending.sha256,
        uploaded_by_user_id: scope.principal.userId,
        created_at: now,
        archived_at: null,
        file_type_name: target.fileType.name,
        file_type_name_translations: target.fileType.name_translations,
        customer_visible: target.fileType.customer_visible,
      };
      const { file_type_name: _name, file_type_name_translations: _names, customer_visible: _visible, ...fileRow } = row;
      await db.transaction().execute(async (trx) => {
        await insertFile(trx, fileRow);
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'create',
          resourceType: 'file',
          resourceId: row.id,
          customerId: row.customer_id,
          after: toFile(row),
        });
      });
      return toFile(row, scope.language);
    },

    /** Opens the content of a visible, unarchived file for download. */
    async download(scope: AccessScope, id: string): Promise<{ file: FileWithTypeRow; stream: Readable; sizeBytes: number }> {
      const file = await getVisible(scope, id);
      if (file.archived_at) throw new NotFoundError('File not found.');
      const blob = await store.open(file.sha256);
      return { file, ...blob };
    },

    /** Archives the metadata only: the blob may be shared with other files of the same content. */
    async archive(scope: AccessScope, id: string, facts: Facts) {
      const before = await getVisible(scope, id);
      // Archiving is the back office's: no portal capability covers it.
      assertStaffMay(scope.principal, uploadActionFor(before.resource_type));
      if (before.archived_at) return;
      const now = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        await updateFileRow(trx, id, { archived_at: now });
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'archive',
          resourceType: 'file',
          resourceId: id,
          customerId: before.customer_id,
          before: toFile(before),
        });
      });
    },
  };
}
