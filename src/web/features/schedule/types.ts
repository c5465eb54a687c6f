export const SCHEDULE_KINDS = ['visit', 'round'] as const;
export const RECURRENCES = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly'] as const;
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number];
export type Recurrence = (typeof RECURRENCES)[number];

/** Server: schedule.mapping.ts */
export interface ScheduleEntry {
  id: string;
  customerId: string;
  siteId: string | null;
  title: string;
  kind: ScheduleKind;
  startsAt: string;
  endsAt: string | null;
  recurrence: Recurrence | null;
  notes: string | null;
  assetIds: string[];
  assigneeIds: string[];
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}

interface ScheduleEntryFields {
  siteId?: string | null;
  title: string;
  kind?: ScheduleKind;
  startsAt: string;
  endsAt?: string | null;
  recurrence?: Recurrence | null;
  notes?: string | null;
  assetIds?: string[];
  assigneeIds?: string[];
}
export type ScheduleEntryInput = ScheduleEntryFields & { customerId: string };
export type ScheduleEntryPatch = Partial<ScheduleEntryFields>;
