import { Code, Drawer, Group, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, FieldGrid } from '../../../components/field-grid';
import { PageHeader } from '../../../components/page-header';
import { ResourceTable } from '../../../components/resource-table';
import type { Column } from '../../../components/resource-table';
import { useFormat } from '../../../lib/format';
import { useUrlListState } from '../../../lib/use-list-state';
import { CustomerLink } from '../../customers/components/customer-link';
import { UserLink } from '../../users/components/user-link';
import { useAuditEvents } from '../api/list-audit-events';
import type { AuditEvent } from '../types';

/** The day's midnight in the browser's time zone, as the instant the API filters by. */
function dayStart(value: string | undefined, plusDays = 0): string | undefined {
  if (!value) return undefined;
  const date = new Date(`${value}T00:00:00`);
  date.setDate(date.getDate() + plusDays);
  return date.toISOString();
}

/** /staff/audit-log: who changed what and when, newest first (admins). The API has no text search; filters only. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useUrlListState(['action', 'resourceType', 'from', 'to'] as const);
  const { from, to, ...filters } = list.filters;
  const events = useAuditEvents({ ...filters, from: dayStart(from), to: dayStart(to, 1), cursor: list.pagination.cursor, limit: list.params.limit });
  const [selected, setSelected] = useState<AuditEvent | null>(null);
  const columns: Column<AuditEvent>[] = [
    { key: 'occurredAt', header: t('audit.fields.occurredAt'), render: (event) => format.dateTime(event.occurredAt), nowrap: true },
    { key: 'action', header: t('audit.fields.action'), render: (event) => <Code>{event.action}</Code>, nowrap: true },
    { key: 'actor', header: t('audit.fields.actor'), render: (event) => (event.actorUserId ? <UserLink id={event.actorUserId} /> : t('audit.system')) },
    { key: 'resource', header: t('audit.fields.resource'), render: (event) => event.resourceType ?? '—', visibleFrom: 'md' },
    { key: 'customer', header: t('common.customer'), render: (event) => <CustomerLink id={event.customerId} />, visibleFrom: 'lg' },
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
            <TextInput
              label={t('audit.fields.action')}
              placeholder="customer.update"
              defaultValue={list.filters.action ?? ''}
              onBlur={(event) => list.setFilter('action', event.currentTarget.value.trim() || null)}
              onKeyDown={(event) => event.key === 'Enter' && list.setFilter('action', event.currentTarget.value.trim() || null)}
              w={200}
            />
            <TextInput
              label={t('audit.fields.resource')}
              placeholder="customer"
              defaultValue={list.filters.resourceType ?? ''}
              onBlur={(event) => list.setFilter('resourceType', event.currentTarget.value.trim() || null)}
              onKeyDown={(event) => event.key === 'Enter' && list.setFilter('resourceType', event.currentTarget.value.trim() || null)}
              w={170}
            />
            <TextInput type="date" label={t('schedule.from')} value={from ?? ''} onChange={(event) => list.setFilter('from', event.currentTarget.value || null)} w={170} />
            <TextInput type="date" label={t('schedule.to')} value={to ?? ''} onChange={(event) => list.setFilter('to', event.currentTarget.value || null)} w={170} />
          </>
        }
        onRowClick={setSelected}
        empty={{ icon: 'history', title: t('audit.emptyTitle'), message: t('audit.emptyMessage') }}
      />
      <Drawer opened={selected !== null} onClose={() => setSelected(null)} title={selected?.action} position="right" size="lg" closeButtonProps={{ 'aria-label': t('app.close') }}>
        {selected && (
          <Stack gap="md">
            <FieldGrid cols={2}>
              <Field label={t('audit.fields.occurredAt')}>{format.dateTime(selected.occurredAt)}</Field>
              <Field label={t('audit.fields.actor')}>{selected.actorUserId ? <UserLink id={selected.actorUserId} /> : t('audit.system')}</Field>
              <Field label={t('audit.fields.resource')}>
                {selected.resourceType ? (
                  <Group gap={4}>
                    <Text span size="sm">
                      {selected.resourceType}
                    </Text>
                    <Code>{selected.resourceId}</Code>
                  </Group>
                ) : null}
              </Field>
              <Field label={t('common.customer')}>{selected.customerId ? <CustomerLink id={selected.customerId} /> : null}</Field>
              <Field label={t('audit.fields.ip')}>{selected.ip}</Field>
              <Field label={t('audit.fields.requestId')}>{selected.requestId}</Field>
            </FieldGrid>
            <Text fw={600} size="sm">
              {t('audit.fields.details')}
            </Text>
            <ScrollArea.Autosize mah={420}>
              <Code block>{selected.details ? JSON.stringify(selected.details, null, 2) : '—'}</Code>
            </ScrollArea.Autosize>
          </Stack>
        )}
      </Drawer>
    </Stack>
  );
}
