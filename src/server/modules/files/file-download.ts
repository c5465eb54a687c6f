/**
 * What a stored file may claim about itself, and how it goes back out. Filenames and content types come
 * from the uploader, so both are cleaned on the way in and made harmless on the way out.
 */

const MAX_FILENAME_LENGTH = 255;

/** Keeps the last path segment, drops control characters, caps the length; never returns ''. */
export function cleanFilename(raw: string | undefined): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim();
  const capped = Array.from(cleaned).slice(0, MAX_FILENAME_LENGTH).join('');
  return capped === '' || capped === '.' || capped === '..' ? 'file' : capped;
}

const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/;

/** The declared type without parameters, lower-cased; anything malformed is plain bytes. */
export function cleanContentType(raw: string | undefined): string {
  const essence = (raw ?? '').split(';')[0]!.trim().toLowerCase();
  return MEDIA_TYPE.test(essence) ? essence : 'application/octet-stream';
}

/**
 * Types a browser would run or render as an active document (script, markup that can carry script,
 * plugins). Served as bytes so an uploaded file can never execute in the portal's origin.
 */
const ACTIVE_TYPES = new Set([
  'text/html',
  'application/xhtml+xml',
  'image/svg+xml',
  'text/xml',
  'application/xml',
  'text/xsl',
  'application/xslt+xml',
  'application/javascript',
  'application/x-javascript',
  'application/ecmascript',
  'text/javascript',
  'text/ecmascript',
  'application/wasm',
  'application/x-shockwave-flash',
  'text/vnd.wap.wml',
  'multipart/x-mixed-replace',
]);

export function servedContentType(stored: string): string {
  const essence = cleanContentType(stored);
  const active = ACTIVE_TYPES.has(essence) || essence.endsWith('+xml') || /(html|script)/.test(essence);
  return active ? 'application/octet-stream' : essence;
}

/** RFC 5987 attr-char: everything else is percent-encoded (encodeURIComponent leaves ' ( ) * as is). */
function encodeExtValue(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * `attachment` with an ASCII fallback for old clients and the exact UTF-8 name in filename* (RFC 6266),
 * so a name can neither break out of the header nor be shown differently by different browsers.
 */
export function contentDisposition(filename: string): string {
  const fallback = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeExtValue(filename)}`;
}
