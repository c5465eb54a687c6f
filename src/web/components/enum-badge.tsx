import { Badge } from '@mantine/core';
import type { MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Badge colours per value; values not listed are grey. */
const COLORS: Record<string, MantineColor> = {
  // work orders, projects, orders, assets, tickets, users
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
  disabled: 'red',
  pending: 'yellow',
  // priorities
  low: 'gray',
  normal: 'blue',
  high: 'orange',
  urgent: 'red',
  // visibility
  internal: 'grape',
  public: 'teal',
  // parts
  ordered: 'yellow',
  delivered: 'cyan',
  installed: 'green',
};

/** An enum value as a coloured badge with its translated name (`enums.<group>.<value>`). */
export function EnumBadge({ group, value, color }: { group: string; value: string; color?: MantineColor }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={color ?? COLORS[value] ?? 'gray'} radius="sm" style={{ textTransform: 'none', minWidth: 'max-content' }}>
      {t(`enums.${group}.${value}`, { defaultValue: value })}
    </Badge>
  );
}
