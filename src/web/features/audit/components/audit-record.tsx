import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuditLabels, type AuditRecordType } from '../audit-labels';
import type { NamedRecord } from '../types';

/** Record types with a page of their own in the back office. */
const PAGES: Partial<Record<AuditRecordType, string>> = {
  user: 'users',
  customer: 'customers',
  site: 'sites',
  contact: 'contacts',
  asset: 'assets',
  work_order: 'work-orders',
  project: 'projects',
  order: 'orders',
  ticket: 'tickets',
  schedule_entry: 'schedule',
  document: 'documents',
};

/** "Asset · Boiler 7", the name linked to the record's page (a part's: its record's page); a record that is gone says so. */
export function AuditRecord({ record, withType = true }: { record: NamedRecord | null; withType?: boolean }) {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  if (!record) return <Text span size="sm" c="dimmed">—</Text>;
  // A part (a task, a note) has no page of its own: it links to the page of the record it belongs to.
  const target = PAGES[record.type] ? { page: PAGES[record.type], id: record.id } : record.parent ? { page: PAGES[record.parent.type], id: record.parent.id } : null;
  const name =
    record.name === null ? (
      <Text span size="sm" c="dimmed" fs="italic">
        {t('audit.recordGone')}
      </Text>
    ) : target?.page ? (
      <Anchor component={Link} to={`/staff/${target.page}/${target.id}`} size="sm" onClick={(event) => event.stopPropagation()}>
        {record.name}
      </Anchor>
    ) : (
      <Text span size="sm">
        {record.name}
      </Text>
    );
  if (!withType) return name;
  return (
    <Group gap={6} wrap="nowrap">
      <Text span size="sm" c="dimmed">
        {labels.recordType(record.type)}
      </Text>
      {name}
    </Group>
  );
}
