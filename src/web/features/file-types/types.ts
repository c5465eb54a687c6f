import type { BodyOf, ResponseOf } from '../../lib/api-types';

/** A kind of attachment; only customer-visible types are shown in the portal. */
export type FileType = ResponseOf<'/api/v1/file-types/{id}'>;
export type FileTypeInput = BodyOf<'/api/v1/file-types', 'post'>;
export type FileTypePatch = BodyOf<'/api/v1/file-types/{id}', 'patch'>;
