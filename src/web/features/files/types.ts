import type { ResponseOf } from '../../lib/api-types';

export type FileRecord = ResponseOf<'/files/{id}'>;
/** The kinds of record a file can be attached to. */
export type FileOwnerType = FileRecord['resourceType'];
