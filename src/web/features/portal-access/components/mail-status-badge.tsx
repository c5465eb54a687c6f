import { Badge, Tooltip } from '@mantine/core';
import type { MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MailStatus, OutboxMail } from '../types';

const STATUS_COLORS: Record<MailStatus, MantineColor> = { pending: 'yellow', sending: 'blue', sent: 'green', failed: 'red' };

/** A mail's delivery state; the last error shows on hover. */
export function MailStatusBadge({ mail }: { mail: OutboxMail }) {
  const { t } = useTranslation();
  const badge = (
    <Badge variant="light" color={STATUS_COLORS[mail.status]} radius="sm" style={{ textTransform: 'none' }}>
      {t(`portalAccess.mail.statuses.${mail.status}`)}
    </Badge>
  );
  return mail.lastError ? (
    <Tooltip label={mail.lastError} multiline w={320} withArrow>
      {badge}
    </Tooltip>
  ) : (
    badge
  );
}
