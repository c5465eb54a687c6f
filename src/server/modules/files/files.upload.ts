import type { MultipartFile, MultipartValue } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError, BadRequestError } from '../../plugins/errors.js';
import type { AccessScope } from '../access/access-scope.js';
import { cleanContentType, cleanFilename } from './file-download.js';
import type { PendingBlob } from './file-store.js';
import type { FilesService, UploadTarget } from './files.service.js';

export class PayloadTooLargeError extends AppError {
  constructor(maxBytes: number) {
    super(413, 'payload_too_large', `The file is larger than the limit of ${Math.floor(maxBytes / (1024 * 1024))} MB.`);
  }
}

/**
 * Anything the multipart parser throws that is neither ours, nor a framework client error, nor a system
 * error (disk, permissions) comes from a malformed body: the client's fault, so a 400 and not a 500.
 */
function asClientError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const e = error as { statusCode?: unknown; syscall?: unknown };
  if (typeof e?.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) return error;
  if (e?.syscall !== undefined) return error;
  return new BadRequestError('The request is not a well-formed multipart/form-data upload.');
}

/**
 * After an early refusal (404, 403, bad form) the client is still sending the file. The parser would stall
 * on the unread part and the connection with it, so the rest of the body is read and thrown away: the
 * client gets to read the error response and the keep-alive connection stays usable.
 */
function discardRestOfBody(request: FastifyRequest): void {
  if (request.raw.readableEnded) return;
  request.raw.unpipe();
  request.raw.resume();
}

/**
 * Reads `resourceType`, `resourceId`, `fileTypeId` and then exactly one file part. The fields must come
 * first: the owner and permission are checked before a single byte of the file is written to disk.
 * The blob stays in the temp area until the whole body has been read without error.
 */
export async function receiveUpload(request: FastifyRequest, scope: AccessScope, files: FilesService, maxBytes: number) {
  if (!request.isMultipart()) {
    throw new AppError(415, 'unsupported_media_type', 'Upload files as multipart/form-data.');
  }
  const fields: Record<string, string> = {};
  let target: UploadTarget | null = null;
  let pending: PendingBlob | null = null;
  let meta: { filename: string; contentType: string } | null = null;
  const parts = request.parts({ limits: { fileSize: maxBytes, files: 1, fields: 10, fieldSize: 1024, parts: 12 } })[Symbol.asyncIterator]();
  try {
    for (;;) {
      let next: IteratorResult<MultipartFile | MultipartValue>;
      try {
        next = await parts.next();
      } catch (error) {
        throw asClientError(error);
      }
      if (next.done) break;
      const part = next.value;
      if (part.type === 'field') {
        if (target) throw new BadRequestError('Send the form fields before the file.');
        if (part.fieldname in fields) throw new BadRequestError(`The field "${part.fieldname}" is repeated.`);
        fields[part.fieldname] = String(part.value);
        continue;
      }
      target = await files.prepareUpload(scope, fields);
      try {
        pending = await files.store.receive(part.file);
      } catch (error) {
        throw asClientError(error);
      }
      if (part.file.truncated) throw new PayloadTooLargeError(maxBytes);
      meta = { filename: cleanFilename(part.filename), contentType: cleanContentType(part.mimetype) };
    }
  } catch (error) {
    await files.store.discard(pending);
    discardRestOfBody(request);
    throw error;
  }
  if (!target || !pending || !meta) throw new BadRequestError('The form has no file part.');
  return { target, pending, meta };
}
