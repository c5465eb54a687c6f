import { Type, type Static } from 'typebox';
import { Nullable, Timestamp } from '../../http/schemas.js';

/**
 * Service levels of a ticket. Targets are wall-clock minutes from when the ticket was raised (business
 * hours and holidays are out of scope). The first response is the first public comment by staff: the
 * first thing the customer hears; internal notes and status changes do not stop that clock. Resolution
 * is entering a closed-category status (closed_at); reopening clears it and the resolution clock runs on.
 */
export const SlaState = Type.Union([Type.Literal('none'), Type.Literal('ok'), Type.Literal('near'), Type.Literal('breached')]);
export type SlaState = Static<typeof SlaState>;

export const TicketSla = Type.Object({
  firstResponseDueAt: Nullable(Timestamp),
  resolutionDueAt: Nullable(Timestamp),
  firstRespondedAt: Nullable(Timestamp),
  resolvedAt: Nullable(Timestamp),
  state: SlaState,
});
export type TicketSla = Static<typeof TicketSla>;

/** "Near": less than this share of a target's time is left. */
const NEAR_SHARE = 0.2;
const MINUTE = 60_000;

export interface SlaTargets {
  first_response_minutes: number | null;
  resolution_minutes: number | null;
}

export interface SlaFacts {
  created_at: string;
  first_response_due_at: string | null;
  resolution_due_at: string | null;
  first_responded_at: string | null;
  closed_at: string | null;
}

export interface SlaColumns {
  sla_due_at: string | null;
  sla_warn_at: string | null;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Due times of a ticket raised at `createdAt` under a type's targets (null where the type has none). */
export function dueTimes(createdAt: string, targets: SlaTargets): Pick<SlaFacts, 'first_response_due_at' | 'resolution_due_at'> {
  const start = Date.parse(createdAt);
  const due = (minutes: number | null) => (minutes === null ? null : iso(start + minutes * MINUTE));
  return { first_response_due_at: due(targets.first_response_minutes), resolution_due_at: due(targets.resolution_minutes) };
}

/** A first response on time stops its clock; one given late stays missed (and so the ticket stays breached). */
function firstResponseMet(t: SlaFacts): boolean {
  return t.first_responded_at !== null && t.first_response_due_at !== null && t.first_responded_at <= t.first_response_due_at;
}

/**
 * The stored columns the lists filter on: the earliest deadline not met in time, and when it turns near
 * (its due time minus 20 % of its target). Closed tickets have none, so only live tickets are indexed.
 */
export function slaColumns(t: SlaFacts): SlaColumns {
  if (t.closed_at) return { sla_due_at: null, sla_warn_at: null };
  const start = Date.parse(t.created_at);
  const pending: string[] = [];
  if (t.first_response_due_at && !firstResponseMet(t)) pending.push(t.first_response_due_at);
  if (t.resolution_due_at) pending.push(t.resolution_due_at);
  if (!pending.length) return { sla_due_at: null, sla_warn_at: null };
  const warnOf = (due: string) => iso(Date.parse(due) - (Date.parse(due) - start) * NEAR_SHARE);
  const sorted = pending.map((due) => [due, warnOf(due)] as const);
  return {
    sla_due_at: sorted.map(([due]) => due).sort()[0]!,
    sla_warn_at: sorted.map(([, warn]) => warn).sort()[0]!,
  };
}

/** The state staff see. Open tickets: from the stored columns, so it agrees with the list filters. */
export function slaState(t: SlaFacts & SlaColumns, now: Date): SlaState {
  if (!t.first_response_due_at && !t.resolution_due_at) return 'none';
  const at = now.toISOString();
  if (!t.closed_at) {
    if (t.sla_due_at && t.sla_due_at <= at) return 'breached';
    if (t.sla_warn_at && t.sla_warn_at <= at) return 'near';
    return 'ok';
  }
  // Closed: closing answers an unanswered ticket, so the first response counts as given then.
  const answeredAt = t.first_responded_at ?? t.closed_at;
  const lateAnswer = t.first_response_due_at !== null && answeredAt > t.first_response_due_at;
  const lateResolution = t.resolution_due_at !== null && t.closed_at > t.resolution_due_at;
  return lateAnswer || lateResolution ? 'breached' : 'ok';
}

export function toTicketSla(t: SlaFacts & SlaColumns, now: Date): TicketSla {
  return {
    firstResponseDueAt: t.first_response_due_at,
    resolutionDueAt: t.resolution_due_at,
    firstRespondedAt: t.first_responded_at,
    resolvedAt: t.closed_at,
    state: slaState(t, now),
  };
}
