import { resourceKeys } from '../../../lib/resource';

export const scheduleEntryKeys = resourceKeys('schedule-entries');
