import { CustomerFilter } from '../../customers/components/customer-filter';
import { Stack, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { EntityPicker } from '../../../components/entity-picker';
import { PageHeader, NewRecordButton } from '../../../components/page-header';
import { ResourceTable } from '../../../components/resource-table';
import { todayIso } from '../../../lib/format';
import { useStaffCan } from '../../../lib/permissions';
import { useUrlListState } from '../../../lib/use-list-state';
import { useUserPicker } from '../../users/use-user-picker';
import { useScheduleEntries } from '../api/list-schedule-entries';
import { useScheduleColumns } from '../components/schedule-columns';
import { ScheduleFormDrawer } from '../components/schedule-form';

/** /staff/schedule: planned visits and recurring rounds in date order, from today unless asked otherwise. */
export function ScheduleListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canWork = useStaffCan('manage_records');
  const list = useUrlListState(['from', 'to', 'customerId', 'assigneeId'] as const);
  const from = list.filters.from ?? todayIso();
  const entries = useScheduleEntries({ ...list.params, from });
  const columns = useScheduleColumns();
  const staff = useUserPicker({ assignable: true });
  const [formOpened, form] = useDisclosure(false);

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('staff.nav.schedule')}
        subtitle={t('schedule.intro')}
        actions={canWork && <NewRecordButton label={t('schedule.new')} onClick={form.open} />}
      />
      <ResourceTable
        label={t('staff.nav.schedule')}
        query={entries}
        columns={columns}
        list={list}
        searchLabel={t('schedule.search')}
        filters={
          <>
            <TextInput type="date" label={t('schedule.from')} value={from} onChange={(event) => list.setFilter('from', event.currentTarget.value || null)} w={170} />
            <TextInput type="date" label={t('schedule.to')} value={list.filters.to ?? ''} onChange={(event) => list.setFilter('to', event.currentTarget.value || null)} w={170} />
            <CustomerFilter list={list} width={220} />
            <EntityPicker
              aria-label={t('schedule.filterAssignee')}
              placeholder={t('schedule.allAssignees')}
              source={staff}
              value={list.filters.assigneeId ?? null}
              onChange={(id) => list.setFilter('assigneeId', id)}
              w={{ base: '100%', sm: 200 }}
            />
          </>
        }
        rowHref={(entry) => `/staff/schedule/${entry.id}`}
        empty={{ icon: 'calendar', title: t('schedule.emptyTitle'), message: t('schedule.emptyMessage') }}
      />
      <ScheduleFormDrawer opened={formOpened} onClose={form.close} customerId={list.filters.customerId} onSaved={(entry) => void navigate(`/staff/schedule/${entry.id}`)} />
    </Stack>
  );
}
