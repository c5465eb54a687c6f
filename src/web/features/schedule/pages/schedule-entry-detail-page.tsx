import { Button, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ConfirmArchiveButton } from '../../../components/confirm-archive-button';
import { EnumBadge } from '../../../components/enum-badge';
import { Field, FieldGrid } from '../../../components/field-grid';
import { Icon } from '../../../components/icons';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { useFormat } from '../../../lib/format';
import { useStaffCan } from '../../../lib/permissions';
import { AssetLink } from '../../assets/components/asset-link';
import { CustomerLink } from '../../customers/components/customer-link';
import { SiteLink } from '../../sites/components/site-link';
import { UserLink } from '../../users/components/user-link';
import { useArchiveScheduleEntry } from '../api/archive-schedule-entry';
import { useScheduleEntry } from '../api/get-schedule-entry';
import { ScheduleFormDrawer } from '../components/schedule-form';
import type { ScheduleEntry } from '../types';
import { ArchivedBadge } from '../../../components/archived-badge';

/** /staff/schedule/:id: a planned visit or round with its assets and assignees. */
export function ScheduleEntryDetailPage() {
  const { id = '' } = useParams();
  const entry = useScheduleEntry(id);
  return <QueryState query={entry}>{(data) => <ScheduleEntryDetail entry={data} />}</QueryState>;
}

function ScheduleEntryDetail({ entry }: { entry: ScheduleEntry }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useFormat();
  const canWork = useStaffCan('manage_records');
  const archive = useArchiveScheduleEntry();
  const [editOpened, edit] = useDisclosure(false);

  return (
    <Stack gap="lg">
      <PageHeader
        title={entry.title}
        breadcrumbs={[{ label: t('staff.nav.schedule'), to: '/staff/schedule' }]}
        subtitle={format.dateTime(entry.startsAt)}
        badges={
          <Group gap={6}>
            <EnumBadge group="scheduleKind" value={entry.kind} color={entry.kind === 'round' ? 'violet' : 'blue'} />
            {entry.recurrence && <EnumBadge group="recurrence" value={entry.recurrence} color="gray" />}
            <ArchivedBadge archivedAt={entry.archivedAt} />
          </Group>
        }
        actions={
          canWork && (
            <>
              <Button variant="default" leftSection={<Icon name="pencil" size={16} />} onClick={edit.open}>
                {t('app.edit')}
              </Button>
              {!entry.archivedAt && <ConfirmArchiveButton name={entry.title} onConfirm={() => archive.mutateAsync(entry.id)} onArchived={() => void navigate('/staff/schedule')} />}
            </>
          )
        }
      />
      <FieldGrid>
        <Field label={t('common.customer')}>
          <CustomerLink id={entry.customerId} />
        </Field>
        <Field label={t('common.site')}>{entry.siteId ? <SiteLink id={entry.siteId} /> : null}</Field>
        <Field label={t('schedule.fields.recurrence')}>{entry.recurrence ? t(`enums.recurrence.${entry.recurrence}`) : t('schedule.once')}</Field>
        <Field label={t('schedule.fields.startsAt')}>{format.dateTime(entry.startsAt)}</Field>
        <Field label={t('schedule.fields.endsAt')}>{entry.endsAt ? format.dateTime(entry.endsAt) : null}</Field>
        <Field label={t('schedule.fields.assignees')}>
          {entry.assigneeIds.length > 0 ? (
            <Group gap="sm">
              {entry.assigneeIds.map((id) => (
                <UserLink key={id} id={id} />
              ))}
            </Group>
          ) : null}
        </Field>
        <Field label={t('schedule.fields.assets')} span>
          {entry.assetIds.length > 0 ? (
            <Group gap="md">
              {entry.assetIds.map((id) => (
                <Group key={id} gap={4}>
                  <Icon name="box" size={14} />
                  <AssetLink id={id} />
                </Group>
              ))}
            </Group>
          ) : (
            <Text span size="sm" c="dimmed">
              {t('schedule.noAssets')}
            </Text>
          )}
        </Field>
        <Field label={t('schedule.fields.notes')} span>
          {entry.notes}
        </Field>
      </FieldGrid>
      <ScheduleFormDrawer opened={editOpened} onClose={edit.close} entry={entry} />
    </Stack>
  );
}
