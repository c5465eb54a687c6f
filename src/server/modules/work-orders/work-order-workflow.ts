import { UnprocessableError } from '../../plugins/errors.js';
import type { WorkOrderRow } from './work-orders.mapping.js';

type Status = WorkOrderRow['status'];

/** Allowed status changes; completed can only be reopened into work, cancelled only back to open. */
export const TRANSITIONS: Record<Status, readonly Status[]> = {
  open: ['scheduled', 'in_progress', 'on_hold', 'cancelled'],
  scheduled: ['open', 'in_progress', 'on_hold', 'cancelled'],
  in_progress: ['on_hold', 'completed', 'cancelled'],
  on_hold: ['scheduled', 'in_progress', 'cancelled'],
  completed: ['in_progress'],
  cancelled: ['open'],
};

export function assertTransition(from: Status, to: Status): void {
  if (from === to) return;
  if (!TRANSITIONS[from].includes(to)) {
    throw new UnprocessableError(`A work order cannot go from ${from} to ${to}.`, 'invalid_transition', {
      from,
      to,
      allowed: [...TRANSITIONS[from]],
    });
  }
}

/** Kinds whose completion counts as a service of the asset (its last service date moves). */
export const SERVICE_KINDS: readonly WorkOrderRow['kind'][] = ['maintenance', 'calibration'];
