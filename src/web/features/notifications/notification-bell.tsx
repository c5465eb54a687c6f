import { ActionIcon, Anchor, Badge, Button, Group, Indicator, Loader, Popover, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Icon } from '../../components/icons';
import { useFormat } from '../../lib/format';
import type { Me } from '../auth/types';
import { useMarkAllRead, useMarkRead, useRecentNotifications, useUnreadCount, type AppNotification } from './api';

/** One line saying what happened, in the reader's language (the server stores facts, not sentences). */
function useDescribe() {
  const { t } = useTranslation();
  const format = useFormat();
  return (n: AppNotification) => {
    const actor = n.data.actorName ?? t('notifications.someone');
    if ('recordType' in n.data) {
      const { recordNumber: number, recordTitle: title, amount, decision } = n.data;
      return t(`notifications.approval.${decision ?? 'requested'}`, { actor, number, title, amount: format.cents(amount) });
    }
    return t(`notifications.kind.${n.kind}`, { number: n.data.ticketNumber, title: n.data.ticketTitle, actor, status: n.data.statusName ?? '' });
  };
}

/** Where a notification leads: its ticket, or the order or work order an approval is about. */
function targetOf(n: AppNotification): string | null {
  if (n.ticketId) return `tickets/${n.ticketId}`;
  if ('recordType' in n.data) return `${n.data.recordType === 'order' ? 'orders' : 'work-orders'}/${n.data.recordId}`;
  return null;
}

/** The bell in the header: unread count, the latest notifications, mark read, and a way to the settings. */
export function NotificationBell({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const unread = useUnreadCount();
  const recent = useRecentNotifications(opened);
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();
  const navigate = useNavigate();
  const describe = useDescribe();
  const format = useFormat();
  const count = unread.data?.count ?? 0;
  const countLabel = unread.data?.capped ? '99+' : String(count);
  const area = me.kind === 'staff' ? '/staff' : '/portal';
  // A preview shows the portal user's inbox as it is; marking read would change their account.
  const readOnly = Boolean(me.previewBy);

  function open(n: AppNotification) {
    if (!n.readAt && !readOnly) markRead.mutate(n.id);
    close();
    const target = targetOf(n);
    if (target) void navigate(`${area}/${target}`);
  }

  return (
    <Popover opened={opened} onChange={(value) => (value ? undefined : close())} position="bottom-end" width={360} shadow="md" withinPortal>
      <Popover.Target>
        <Indicator label={countLabel} size={18} disabled={count === 0} color="red" offset={4}>
          <ActionIcon
            variant="subtle"
            size="lg"
            onClick={toggle}
            aria-label={count > 0 ? t('notifications.bellUnread', { count: unread.data?.capped ? 100 : count, shown: countLabel }) : t('notifications.bell')}
            aria-expanded={opened}
            data-testid="notification-bell"
          >
            <Icon name="bell" size={20} />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p={0}>
        <Group justify="space-between" px="md" py="xs">
          <Text fw={600}>{t('notifications.title')}</Text>
          {count > 0 && !readOnly && (
            <Button variant="subtle" size="compact-sm" onClick={() => markAllRead.mutate()} loading={markAllRead.isPending}>
              {t('notifications.markAllRead')}
            </Button>
          )}
        </Group>
        <ScrollArea.Autosize mah={420}>
          {recent.isPending ? (
            <Group justify="center" p="md">
              <Loader size="sm" />
            </Group>
          ) : (recent.data?.items.length ?? 0) === 0 ? (
            <Text c="dimmed" size="sm" px="md" pb="md">
              {t('notifications.empty')}
            </Text>
          ) : (
            <Stack gap={0} role="list" aria-label={t('notifications.title')}>
              {recent.data?.items.map((n) => (
                <UnstyledButton
                  key={n.id}
                  role="listitem"
                  onClick={() => open(n)}
                  px="md"
                  py="xs"
                  style={{ borderTop: '1px solid var(--mantine-color-gray-2)', background: n.readAt ? undefined : 'var(--mantine-color-indigo-0)' }}
                >
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    <div style={{ flex: 1, minWidth: 0 }}>
                      <Text size="sm" fw={n.readAt ? 400 : 600} lineClamp={2}>
                        {describe(n)}
                      </Text>
                      {'excerpt' in n.data && n.data.excerpt && (
                        <Text size="xs" c="dimmed" lineClamp={2}>
                          {n.data.internal ? `${t('notifications.internal')}: ` : ''}
                          {n.data.excerpt}
                        </Text>
                      )}
                      <Text size="xs" c="dimmed">
                        {format.dateTime(n.createdAt)}
                      </Text>
                    </div>
                    {!n.readAt && (
                      <Badge size="xs" variant="filled" color="indigo" aria-label={t('notifications.unread')}>
                        {t('notifications.new')}
                      </Badge>
                    )}
                  </Group>
                </UnstyledButton>
              ))}
            </Stack>
          )}
        </ScrollArea.Autosize>
        <Group px="md" py="xs" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
          <Anchor component={Link} to="/account/notifications" size="sm" onClick={close}>
            {t('notifications.settings')}
          </Anchor>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}
