import type { ResponseOf } from '../../lib/api-types';

export type StaffGroup = ResponseOf<'/staff-groups/{id}'>;
