import type { ResponseOf } from '../../lib/api-types';

export type FileRecord = ResponseOf<'/api/v1/files/{id}'>;
/** The kinds of record a file can be attached to. */
export type FileOwnerType = FileRecord['resourceType'];
