import { Button, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icons';
import { notifySuccess } from '../../lib/notify';
import { useFollowing, useSetFollowing } from './api';

/**
 * Follow / unfollow a ticket, for anyone who can see it: a colleague of the submitter or a second
 * technician then hears about replies and status changes like the people on the ticket do.
 */
export function FollowTicketButton({ ticketId, disabled = false }: { ticketId: string; disabled?: boolean }) {
  const { t } = useTranslation();
  const following = useFollowing(ticketId);
  const setFollowing = useSetFollowing(ticketId);
  if (!following.data) return null;
  const isFollowing = following.data.following;
  return (
    <Tooltip label={t('notifications.followHint')} multiline w={260} withArrow>
      <Button
        variant={isFollowing ? 'light' : 'default'}
        leftSection={<Icon name="bell" size={16} />}
        aria-pressed={isFollowing}
        disabled={disabled}
        loading={setFollowing.isPending}
        onClick={() =>
          setFollowing.mutate(!isFollowing, {
            onSuccess: (data) => notifySuccess(data.following ? t('notifications.followed') : t('notifications.unfollowed')),
          })
        }
      >
        {isFollowing ? t('notifications.following') : t('notifications.follow')}
      </Button>
    </Tooltip>
  );
}
