import { Badge } from '@mantine/core';
import type { MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FlagRef } from '../lib/types';

const COLORS: Record<string, MantineColor> = {
  open: 'blue',
  scheduled: 'cyan',
  in_progress: 'indigo',
  on_hold: 'yellow',
  completed: 'green',
  cancelled: 'gray',
  planned: 'cyan',
  active: 'green',
  received: 'blue',
  in_production: 'indigo',
  ready: 'teal',
  shipped: 'green',
  inactive: 'gray',
  in_repair: 'orange',
  decommissioned: 'gray',
  closed: 'gray',
  ordered: 'yellow',
  delivered: 'cyan',
  installed: 'green',
  low: 'gray',
  normal: 'blue',
  high: 'orange',
  urgent: 'red',
  pending: 'yellow',
  disabled: 'red',
};

/** An enum value as a coloured badge with its translated name (`portal:enums.<group>.<value>`). */
export function StatusBadge({ group, value, color, size = 'sm' }: { group: string; value: string; color?: MantineColor; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation('portal');
  return (
    <Badge variant="light" color={color ?? COLORS[value] ?? 'gray'} radius="sm" size={size} style={{ textTransform: 'none', flexShrink: 0 }}>
      {t(`enums.${group}.${value}`, { defaultValue: value.replace(/_/g, ' ') })}
    </Badge>
  );
}

/** A ticket's status: its configured name (in the reader's language, as the API gives it), coloured by category. */
export function TicketStatusBadge({ statusName, category }: { statusName: string; category: string }) {
  const color: MantineColor = category === 'closed' ? 'gray' : category === 'in_progress' ? 'indigo' : 'blue';
  return (
    <Badge variant="light" color={color} radius="sm" size="sm" style={{ textTransform: 'none', flexShrink: 0 }}>
      {statusName}
    </Badge>
  );
}

/** The customer-visible flags of an order or project (the API leaves out the internal ones). */
export function FlagBadges({ flags }: { flags: FlagRef[] }) {
  return (
    <>
      {flags.map((flag) => (
        <Badge
          key={flag.id}
          variant="outline"
          radius="sm"
          size="sm"
          style={{ textTransform: 'none', borderColor: flag.color, color: flag.color, flexShrink: 0 }}
          leftSection={<span aria-hidden="true" style={{ display: 'inline-block', width: 7, height: 7, borderRadius: 7, background: flag.color }} />}
        >
          {flag.name}
        </Badge>
      ))}
    </>
  );
}
