import { Badge } from '@mantine/core';
import type { MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { enumColor } from '../../components/enum-colors';
import type { FlagRef } from '../lib/types';

/** An enum value as a coloured badge with its translated name (`portal:enums.<group>.<value>`). */
export function StatusBadge({ group, value, color, size = 'sm' }: { group: string; value: string; color?: MantineColor; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation('portal');
  return (
    <Badge variant="light" color={color ?? enumColor(value)} radius="sm" size={size} style={{ textTransform: 'none', flexShrink: 0 }}>
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
