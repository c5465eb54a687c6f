import type { BodyOf, ResponseOf } from '../../lib/api-types';

/** A kind of attachment; only customer-visible types are shown in the portal. */
export type FileType = ResponseOf<'/file-types/{id}'>;
export type FileTypeInput = BodyOf<'/file-types', 'post'>;
export type FileTypePatch = BodyOf<'/file-types/{id}', 'patch'>;
