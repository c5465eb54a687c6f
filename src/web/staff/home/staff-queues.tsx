import { Card, Group, SimpleGrid, Skeleton, Text, ThemeIcon } from '@mantine/core';
import type { MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IconName } from '../../components/icons';
import { Icon } from '../../components/icons';
import classes from '../staff-overview-page.module.css';
import type { StaffHome, StaffQueueKey } from './staff-home-api';

interface QueueSpec {
  key: StaffQueueKey;
  icon: IconName;
  /** Colour when the queue is not empty: work that is late is red. */
  color: MantineColor;
  /** The list the card opens, filtered exactly as the count was (server: staff-home-queues.ts). */
  href: (asOf: StaffHome['asOf']) => string;
  roles?: readonly string[];
}

const QUEUES: readonly QueueSpec[] = [
  { key: 'newUnassignedTickets', icon: 'inbox', color: 'blue', href: () => '/staff/tickets?statusCategory=open&assigned=unassigned' },
  { key: 'myTickets', icon: 'ticket', color: 'indigo', href: () => '/staff/tickets?assigned=me&unresolved=true' },
  { key: 'ticketsAtRisk', icon: 'alertCircle', color: 'red', href: () => '/staff/tickets?sla=at_risk' },
  {
    key: 'overdueWorkOrders',
    icon: 'clipboardCheck',
    color: 'red',
    href: (asOf) => `/staff/work-orders?status=${asOf.unfinishedWorkOrderStatuses.join(',')}&plannedEndBefore=${encodeURIComponent(asOf.now)}`,
  },
  { key: 'assetsDueSoon', icon: 'calendar', color: 'orange', href: (asOf) => `/staff/assets?dueBefore=${asOf.dueBefore}` },
  // Portal users are managed by admins and coordinators; technicians would only meet a 403 there.
  { key: 'pendingInvitations', icon: 'users', color: 'yellow', href: () => '/staff/users?kind=external&status=pending', roles: ['admin', 'coordinator'] },
];

/** One card per work queue: how many, and a link to exactly those records. */
export function StaffQueues({ home, roles }: { home: StaffHome | undefined; roles: readonly string[] }) {
  const { t } = useTranslation();
  const visible = QUEUES.filter((queue) => !queue.roles || queue.roles.some((role) => roles.includes(role)));
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, lg: 3 }} spacing="md">
      {visible.map((queue) => {
        const value = home?.queues[queue.key];
        const busy = Boolean(value && value.count > 0);
        const card = (
          <Group wrap="nowrap" gap="md">
            <ThemeIcon variant="light" size={40} radius="md" color={busy ? queue.color : 'gray'}>
              <Icon name={queue.icon} size={22} />
            </ThemeIcon>
            <div>
              {value ? (
                <Text fz={28} fw={700} lh={1.1} c={busy ? `${queue.color}.8` : 'dimmed'}>
                  {value.count}
                  {value.capped ? '+' : ''}
                </Text>
              ) : (
                <Skeleton height={28} width={48} />
              )}
              <Text size="sm" c="dimmed">
                {t(`staff.home.queues.${queue.key}`)}
              </Text>
            </div>
          </Group>
        );
        return home ? (
          <Card key={queue.key} component={Link} to={queue.href(home.asOf)} withBorder radius="md" padding="md" className={classes.areaCard}>
            {card}
          </Card>
        ) : (
          <Card key={queue.key} withBorder radius="md" padding="md">
            {card}
          </Card>
        );
      })}
    </SimpleGrid>
  );
}
