import { Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header';
import { ResourceTable } from '../../../components/resource-table';
import type { Column } from '../../../components/resource-table';
import { useFormat } from '../../../lib/format';
import { useUrlListState } from '../../../lib/use-list-state';
import { useAuditEvents } from '../api/list-audit-events';
import { useAuditLabels } from '../audit-labels';
import { AuditEventDrawer } from '../components/audit-event-drawer';
import { AuditActor, AuditCustomer } from '../components/audit-people';
import { AuditRecord } from '../components/audit-record';
import type { AuditEvent } from '../types';

/** The day's midnight in the browser's time zone, as the instant the API filters by. */
function dayStart(value: string | undefined, plusDays = 0): string | undefined {
  if (!value) return undefined;
  const date = new Date(`${value}T00:00:00`);
  date.setDate(date.getDate() + plusDays);
  return date.toISOString();
}

/** /staff/audit-log: who did what to which record and when, newest first (admins). The API has no text search; filters only. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useAuditLabels();
  const list = useUrlListState(['action', 'resourceType', 'from', 'to'] as const);
  const { from, to, ...filters } = list.filters;
  const events = useAuditEvents({ ...filters, from: dayStart(from), to: dayStart(to, 1), cursor: list.pagination.cursor, limit: list.params.limit });
  const [selected, setSelected] = useState<AuditEvent | null>(null);
  const columns: Column<AuditEvent>[] = [
    { key: 'occurredAt', header: t('audit.fields.occurredAt'), render: (event) => format.dateTime(event.occurredAt), nowrap: true },
    { key: 'action', header: t('audit.fields.action'), render: (event) => <Text size="sm" title={event.action}>{labels.action(event.action)}</Text> },
    {
      key: 'record',
      header: t('audit.fields.record'),
      render: (event) => (
        // A grant names two records: the user and, below, what was granted to them.
        <Stack gap={2}>
          <AuditRecord record={event.record} />
          {event.grantedRecord && <AuditRecord record={event.grantedRecord} />}
        </Stack>
      ),
      visibleFrom: 'sm',
    },
    { key: 'actor', header: t('audit.fields.actor'), render: (event) => <AuditActor event={event} /> },
    { key: 'customer', header: t('common.customer'), render: (event) => <AuditCustomer event={event} />, visibleFrom: 'lg' },
  ];

  return (
    <Stack gap="lg">
      <PageHeader title={t('staff.nav.auditLog')} subtitle={t('audit.intro')} />
      <ResourceTable
        label={t('staff.nav.auditLog')}
        query={events}
        columns={columns}
        list={list}
        filters={
          <>
            <Select
              label={t('audit.fields.action')}
              placeholder={t('audit.allActions')}
              data={labels.actionOptions()}
              value={list.filters.action ?? null}
              onChange={(value) => list.setFilter('action', value)}
              searchable
              clearable
              w={{ base: '100%', sm: 240 }}
            />
            <Select
              label={t('audit.fields.resource')}
              placeholder={t('audit.allRecordTypes')}
              data={labels.recordTypeOptions()}
              value={list.filters.resourceType ?? null}
              onChange={(value) => list.setFilter('resourceType', value)}
              searchable
              clearable
              w={{ base: '100%', sm: 200 }}
            />
            <TextInput type="date" label={t('schedule.from')} value={from ?? ''} onChange={(event) => list.setFilter('from', event.currentTarget.value || null)} w={170} />
            <TextInput type="date" label={t('schedule.to')} value={to ?? ''} onChange={(event) => list.setFilter('to', event.currentTarget.value || null)} w={170} />
          </>
        }
        onRowClick={setSelected}
        empty={{ icon: 'history', title: t('audit.emptyTitle'), message: t('audit.emptyMessage') }}
      />
      <AuditEventDrawer event={selected} onClose={() => setSelected(null)} />
    </Stack>
  );
}
