import { Badge, Stack, Text } from '@mantine/core';
import type { MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import type { SlaState, TicketSla } from '../types';

const STATE_COLORS: Record<SlaState, MantineColor> = { none: 'gray', ok: 'green', near: 'orange', breached: 'red' };

/** The deadline that counts now: the first response until it is given, then the resolution. */
export function nextDueAt(sla: TicketSla): string | null {
  if (sla.resolvedAt) return null;
  if (!sla.firstRespondedAt && sla.firstResponseDueAt) return sla.firstResponseDueAt;
  return sla.resolutionDueAt;
}

/** State in words as well as colour, so a breach is not told by colour alone. */
export function SlaBadge({ state }: { state: SlaState }) {
  const { t } = useTranslation();
  if (state === 'none' || state === 'ok') return null;
  return (
    <Badge variant={state === 'breached' ? 'filled' : 'light'} color={STATE_COLORS[state]} radius="sm" style={{ textTransform: 'none', minWidth: 'max-content', flexShrink: 0 }}>
      {t(`tickets.sla.${state}`)}
    </Badge>
  );
}

/** List cell: the next due time and, when it matters, the state below it (keeps the column narrow). */
export function SlaDueCell({ sla }: { sla: TicketSla | null }) {
  const format = useFormat();
  if (!sla || sla.state === 'none') return null;
  const due = nextDueAt(sla);
  return (
    <Stack gap={4} align="flex-start">
      {due && (
        <Text span size="sm" c={sla.state === 'breached' ? 'red.8' : undefined} fw={sla.state === 'ok' ? undefined : 600}>
          {format.dateTime(due)}
        </Text>
      )}
      <SlaBadge state={sla.state} />
    </Stack>
  );
}
