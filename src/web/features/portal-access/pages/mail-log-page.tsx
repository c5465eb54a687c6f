import { Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header';
import { ResourceTable } from '../../../components/resource-table';
import type { Column } from '../../../components/resource-table';
import { useFormat } from '../../../lib/format';
import { useUrlListState } from '../../../lib/use-list-state';
import { UserLink } from '../../users/components/user-link';
import { useMailOutbox } from '../api/list-mail-outbox';
import { MailDetailDrawer } from '../components/mail-detail-drawer';
import { MailStatusBadge } from '../components/mail-status-badge';
import { useMailKindLabels } from '../mail-kind-labels';
import { MAIL_STATUSES } from '../types';
import type { OutboxMail } from '../types';

/** /staff/mail-log: the outbox (admins): what was queued, sent, is being retried or failed; a row opens the mail. */
export function MailLogPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const kinds = useMailKindLabels();
  const list = useUrlListState(['status', 'kind'] as const);
  const mails = useMailOutbox(list.params);
  const [openedId, setOpenedId] = useState<string | null>(null);
  const columns: Column<OutboxMail>[] = [
    { key: 'subject', header: t('portalAccess.mail.subject'), render: (mail) => mail.subject },
    { key: 'to', header: t('portalAccess.mail.to'), render: (mail) => (mail.userId ? <Stack gap={0}><Text size="sm">{mail.to}</Text><UserLink id={mail.userId} /></Stack> : mail.to) },
    { key: 'kind', header: t('portalAccess.mail.kind'), render: (mail) => <Text size="sm">{kinds.kind(mail.kind)}</Text>, visibleFrom: 'md' },
    { key: 'status', header: t('portalAccess.mail.status'), render: (mail) => <MailStatusBadge mail={mail} />, nowrap: true },
    { key: 'attempts', header: t('portalAccess.mail.attempts'), render: (mail) => mail.attempts, visibleFrom: 'lg', nowrap: true },
    { key: 'createdAt', header: t('portalAccess.mail.createdAt'), render: (mail) => format.dateTime(mail.createdAt), nowrap: true },
    {
      key: 'sentAt',
      header: t('portalAccess.mail.sentAt'),
      render: (mail) => (mail.sentAt ? format.dateTime(mail.sentAt) : mail.status === 'sent' ? null : `${t('portalAccess.mail.nextAttemptAt')}: ${format.dateTime(mail.nextAttemptAt)}`),
      visibleFrom: 'sm',
    },
  ];

  return (
    <Stack gap="lg">
      <PageHeader title={t('staff.nav.mailLog')} subtitle={t('portalAccess.mail.intro')} />
      <ResourceTable
        label={t('staff.nav.mailLog')}
        query={mails}
        columns={columns}
        list={list}
        searchLabel={t('portalAccess.mail.search')}
        filters={
          <>
            <Select
              aria-label={t('common.filterStatus')}
              placeholder={t('common.allStatuses')}
              data={MAIL_STATUSES.map((status) => ({ value: status, label: t(`portalAccess.mail.statuses.${status}`) }))}
              value={list.filters.status ?? null}
              onChange={(value) => list.setFilter('status', value)}
              clearable
              w={{ base: '100%', sm: 170 }}
            />
            <Select
              aria-label={t('portalAccess.mail.filterKind')}
              placeholder={t('portalAccess.mail.allKinds')}
              data={kinds.options()}
              value={list.filters.kind ?? null}
              onChange={(value) => list.setFilter('kind', value)}
              clearable
              w={{ base: '100%', sm: 210 }}
            />
          </>
        }
        onRowClick={(mail) => setOpenedId(mail.id)}
        empty={{ icon: 'inbox', title: t('portalAccess.mail.emptyTitle'), message: t('portalAccess.mail.emptyMessage') }}
      />
      <MailDetailDrawer mailId={openedId} onClose={() => setOpenedId(null)} />
    </Stack>
  );
}
