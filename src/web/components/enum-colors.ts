import type { MantineColor } from '@mantine/core';

/**
 * Badge colours of enum values (statuses, priorities, visibility, parts), the same in the back office and
 * the portal; values not listed are grey.
 */
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

export const enumColor = (value: string): MantineColor => COLORS[value] ?? 'gray';
