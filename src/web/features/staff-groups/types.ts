import type { ResponseOf } from '../../lib/api-types';

export type StaffGroup = ResponseOf<'/api/v1/staff-groups/{id}'>;
