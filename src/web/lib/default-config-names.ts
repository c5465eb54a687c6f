import type { TFunction } from 'i18next';

/** The ticket types a new installation starts with (migration 003), by key, named as shipped. */
const DEFAULT_TICKET_TYPE_NAMES: Record<string, string> = {
  service_request: 'Service request',
  incident_report: 'Incident report',
  visit_request: 'Visit request',
  feedback: 'Feedback',
  question: 'Question',
};

/** The ticket statuses a new installation starts with (migration 003), by key, named as shipped. */
const DEFAULT_TICKET_STATUS_NAMES: Record<string, string> = {
  new: 'New',
  in_progress: 'In progress',
  waiting_for_customer: 'Waiting for customer',
  resolved: 'Resolved',
  closed: 'Closed',
};

/**
 * A shipped ticket type or status still named as shipped is worded in the reader's language (the bundle's
 * `<section>.<key>`); one staff renamed, or created, is shown as they named it, in every language.
 */
function worded(t: TFunction, section: string, defaults: Record<string, string>, key: string, name: string): string {
  return Object.hasOwn(defaults, key) && defaults[key] === name ? t(`${section}.${key}`, { defaultValue: name }) : name;
}

export const ticketTypeWording = (t: TFunction, section: string) => (key: string, name: string) => worded(t, section, DEFAULT_TICKET_TYPE_NAMES, key, name);
export const ticketStatusWording = (t: TFunction, section: string) => (key: string, name: string) => worded(t, section, DEFAULT_TICKET_STATUS_NAMES, key, name);
