import { Type } from 'typebox';
import { UnprocessableError } from '../../plugins/errors.js';

const PREFIX = 'data:image/png;base64,';
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
export const SIGNATURE_MAX_BYTES = 300 * 1024;
// Base64 takes 4 characters per 3 bytes, plus the prefix: the schema refuses anything longer unread.
const SIGNATURE_MAX_CHARS = PREFIX.length + Math.ceil(SIGNATURE_MAX_BYTES / 3) * 4;

/** A handwritten signature as a browser canvas gives it (`canvas.toDataURL('image/png')`). */
export const SignatureImage = Type.String({ maxLength: SIGNATURE_MAX_CHARS, description: 'A PNG data URL (data:image/png;base64,…) of at most 300 KB' });

/**
 * A drawn signature must really be a PNG data URL of bounded size: approvals show it as an image in both
 * UIs and reports print it, so anything else (another type, script, a huge blob) is refused before it is
 * stored or drawn. Returns the PNG's bytes.
 */
export function signatureImage(value: string, field = 'signature'): Buffer {
  const invalid = (why: string) => new UnprocessableError(`${field}: ${why}`, 'invalid_signature', { field });
  if (!value.startsWith(PREFIX)) throw invalid('must be a PNG data URL (data:image/png;base64,…).');
  const base64 = value.slice(PREFIX.length);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64) || base64.length % 4 !== 0) throw invalid('is not valid base64.');
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > SIGNATURE_MAX_BYTES) throw invalid(`must be at most ${SIGNATURE_MAX_BYTES / 1024} KB.`);
  if (bytes.length < PNG_MAGIC.length || !bytes.subarray(0, PNG_MAGIC.length).equals(PNG_MAGIC)) throw invalid('is not a PNG image.');
  return bytes;
}
