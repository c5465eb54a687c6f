import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ticketStatusWording, ticketTypeWording } from './default-config-names';

const german: Record<string, string> = { 'types.incident_report': 'Störungsmeldung', 'statuses.new': 'Neu' };
const t = ((key: string, options: { defaultValue: string }) => german[key] ?? options.defaultValue) as unknown as TFunction;

describe('shipped ticket types and statuses in the reader’s language', () => {
  it('words a shipped type or status still named as shipped', () => {
    expect(ticketTypeWording(t, 'types')('incident_report', 'Incident report')).toBe('Störungsmeldung');
    expect(ticketStatusWording(t, 'statuses')('new', 'New')).toBe('Neu');
  });

  it('shows a renamed or custom one as staff named it', () => {
    expect(ticketTypeWording(t, 'types')('incident_report', 'Breakdown')).toBe('Breakdown');
    expect(ticketTypeWording(t, 'types')('warranty_claim', 'Warranty claim')).toBe('Warranty claim');
    expect(ticketStatusWording(t, 'statuses')('toString', 'toString')).toBe('toString');
  });
});
