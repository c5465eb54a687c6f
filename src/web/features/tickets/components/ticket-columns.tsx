import { Badge, Text } from '@mantine/core';
import type { MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EnumBadge } from '../../../components/enum-badge';
import type { Column } from '../../../components/resource-table';
import { useFormat } from '../../../lib/format';
import { CustomerLink } from '../../customers/components/customer-link';
import type { StatusCategory, Ticket } from '../types';
import { SlaDueCell } from './ticket-sla';

const CATEGORY_COLORS: Record<StatusCategory, MantineColor> = { open: 'blue', in_progress: 'indigo', closed: 'gray' };

/** A ticket status: its configured name, coloured by its category (open, in progress, closed). */
export function TicketStatusBadge({ name, category }: { name: string; category: StatusCategory }) {
  return (
    <Badge variant="light" radius="sm" color={CATEGORY_COLORS[category]} style={{ textTransform: 'none', minWidth: 'max-content' }}>
      {name}
    </Badge>
  );
}

export function useTicketColumns({ withCustomer = true }: { withCustomer?: boolean } = {}): Column<Ticket>[] {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<Ticket>[] = [
    { key: 'number', header: t('common.number'), render: (ticket) => <Text span size="sm" ff="monospace" fw={500}>{ticket.number}</Text>, width: 110, nowrap: true },
    { key: 'title', header: t('tickets.fields.title'), render: (ticket) => ticket.title },
  ];
  if (withCustomer) columns.push({ key: 'customer', header: t('common.customer'), render: (ticket) => <CustomerLink id={ticket.customerId} />, visibleFrom: 'md' });
  columns.push(
    { key: 'type', header: t('tickets.fields.type'), render: (ticket) => ticket.typeName, visibleFrom: 'lg' },
    { key: 'status', header: t('common.status'), render: (ticket) => <TicketStatusBadge name={ticket.statusName} category={ticket.statusCategory} />, nowrap: true },
    { key: 'due', header: t('tickets.sla.due'), render: (ticket) => <SlaDueCell sla={ticket.sla} />, visibleFrom: 'sm', nowrap: true },
    { key: 'priority', header: t('common.priority'), render: (ticket) => <EnumBadge group="priority" value={ticket.priority} />, visibleFrom: 'sm' },
    { key: 'createdAt', header: t('common.createdAt'), render: (ticket) => format.dateTime(ticket.createdAt), visibleFrom: 'lg', nowrap: true },
  );
  return columns;
}
