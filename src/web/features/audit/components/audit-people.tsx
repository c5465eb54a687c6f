import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../types';
import { AuditRecord } from './audit-record';

/** Who did it: the staff or portal user by name and linked, or the system. */
export function AuditActor({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  if (!event.actorUserId) return <Text span size="sm">{t('audit.system')}</Text>;
  return <AuditRecord record={{ type: 'user', id: event.actorUserId, name: event.actorName, parent: null }} withType={false} />;
}

/** The customer the event belongs to, by name and linked. */
export function AuditCustomer({ event }: { event: AuditEvent }) {
  if (!event.customerId) return <Text span size="sm" c="dimmed">—</Text>;
  return <AuditRecord record={{ type: 'customer', id: event.customerId, name: event.customerName, parent: null }} withType={false} />;
}
