import { Code, Drawer, ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Field, FieldGrid } from '../../../components/field-grid';
import { useFormat } from '../../../lib/format';
import { useAuditLabels } from '../audit-labels';
import type { AuditEvent } from '../types';
import { AuditActor, AuditCustomer } from './audit-people';
import { AuditRecord } from './audit-record';

/** One event opened: what happened to which record, by whom, and the stored details. */
export function AuditEventDrawer({ event, onClose }: { event: AuditEvent | null; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useAuditLabels();
  return (
    <Drawer opened={event !== null} onClose={onClose} title={event ? labels.action(event.action) : null} position="right" size="lg" closeButtonProps={{ 'aria-label': t('app.close') }}>
      {event && (
        <Stack gap="md">
          <FieldGrid cols={2}>
            <Field label={t('audit.fields.occurredAt')}>{format.dateTime(event.occurredAt)}</Field>
            <Field label={t('audit.fields.actor')}>
              <AuditActor event={event} />
            </Field>
            <Field label={t('audit.fields.record')}>
              <AuditRecord record={event.record} />
            </Field>
            {event.grantedRecord && (
              <Field label={t('audit.fields.grantedRecord')}>
                <AuditRecord record={event.grantedRecord} />
              </Field>
            )}
            <Field label={t('common.customer')}>
              <AuditCustomer event={event} />
            </Field>
            <Field label={t('audit.fields.action')}>
              <Code>{event.action}</Code>
            </Field>
            <Field label={t('audit.fields.ip')}>{event.ip}</Field>
            <Field label={t('audit.fields.requestId')}>{event.requestId}</Field>
          </FieldGrid>
          <Text fw={600} size="sm">
            {t('audit.fields.details')}
          </Text>
          <ScrollArea.Autosize mah={420}>
            <Code block>{event.details ? JSON.stringify(event.details, null, 2) : '—'}</Code>
          </ScrollArea.Autosize>
        </Stack>
      )}
    </Drawer>
  );
}
