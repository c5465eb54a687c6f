import { everyOf, type BodyOf, type ResponseOf } from '../../lib/api-types';

export type ScheduleEntry = ResponseOf<'/schedule-entries/{id}'>;
export type ScheduleEntryInput = BodyOf<'/schedule-entries', 'post'>;
export type ScheduleEntryPatch = BodyOf<'/schedule-entries/{id}', 'patch'>;

export type ScheduleKind = ScheduleEntry['kind'];
export type Recurrence = NonNullable<ScheduleEntry['recurrence']>;
export const SCHEDULE_KINDS = everyOf<ScheduleKind>()(['visit', 'round']);
export const RECURRENCES = everyOf<Recurrence>()(['daily', 'weekly', 'monthly', 'quarterly', 'yearly']);
