import { CustomerFilter } from '../../customers/components/customer-filter';
import { localizedName } from '../../../lib/localized-name';
import { Select, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader, NewRecordButton } from '../../../components/page-header';
import { ResourceTable } from '../../../components/resource-table';
import { useStaffCan } from '../../../lib/permissions';
import { useUrlListState } from '../../../lib/use-list-state';
import { useSignedInUser } from '../../auth/use-signed-in-user';
import { useTicketTypes } from '../../ticket-types/api/list-ticket-types';
import { useTickets } from '../api/list-tickets';
import { useTicketColumns } from '../components/ticket-columns';
import { TicketFormDrawer } from '../components/ticket-form';
import { STATUS_CATEGORIES } from '../types';

const SLA_FILTERS = ['at_risk', 'near', 'breached'] as const;
const UNRESOLVED = 'unresolved';

/** /staff/tickets: requests, incidents and feedback of all customers, newest first. */
export function TicketsListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useSignedInUser();
  const canWork = useStaffCan('manage_records');
  const list = useUrlListState(['statusCategory', 'typeId', 'customerId', 'responsibleUserId', 'assigned', 'sla', 'unresolved'] as const);
  const tickets = useTickets(list.params);
  const columns = useTicketColumns();
  const types = useTicketTypes({ limit: 200 });
  const [formOpened, form] = useDisclosure(false);

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('staff.nav.tickets')}
        subtitle={t('tickets.intro')}
        actions={canWork && <NewRecordButton label={t('tickets.new')} onClick={form.open} />}
      />
      <ResourceTable
        label={t('staff.nav.tickets')}
        query={tickets}
        columns={columns}
        list={list}
        searchLabel={t('tickets.search')}
        filters={
          <>
            <Select
              aria-label={t('common.filterStatus')}
              placeholder={t('common.allStatuses')}
              // "unresolved" (any status not closed) is a filter of its own; offered here, where people look for it.
              data={[
                { value: UNRESOLVED, label: t('tickets.unresolved') },
                ...STATUS_CATEGORIES.map((category) => ({ value: category, label: t(`enums.statusCategory.${category}`) })),
              ]}
              value={list.filters.unresolved ? UNRESOLVED : (list.filters.statusCategory ?? null)}
              onChange={(value) => list.setFilters(value === UNRESOLVED ? { unresolved: 'true', statusCategory: null } : { statusCategory: value, unresolved: null })}
              clearable
              w={{ base: '100%', sm: 170 }}
            />
            <Select
              aria-label={t('tickets.filterType')}
              placeholder={t('tickets.allTypes')}
              data={(types.data?.items ?? []).map((type) => ({ value: type.id, label: localizedName(type) }))}
              value={list.filters.typeId ?? null}
              onChange={(value) => list.setFilter('typeId', value)}
              clearable
              w={{ base: '100%', sm: 190 }}
            />
            <CustomerFilter list={list} width={220} />
            <Select
              aria-label={t('tickets.filterResponsible')}
              data={[
                { value: 'all', label: t('workOrders.everyone') },
                { value: 'me', label: t('tickets.mine') },
                { value: 'unassigned', label: t('tickets.unassigned') },
              ]}
              value={list.filters.assigned ?? (list.filters.responsibleUserId === me.id ? 'me' : 'all')}
              onChange={(value) => list.setFilters({ assigned: value === 'all' ? null : value, responsibleUserId: null })}
              allowDeselect={false}
              w={{ base: '100%', sm: 170 }}
            />
            <Select
              aria-label={t('tickets.sla.filter')}
              placeholder={t('tickets.sla.any')}
              data={SLA_FILTERS.map((value) => ({ value, label: t(`tickets.sla.filters.${value}`) }))}
              value={list.filters.sla ?? null}
              onChange={(value) => list.setFilter('sla', value)}
              clearable
              w={{ base: '100%', sm: 170 }}
            />
          </>
        }
        rowHref={(ticket) => `/staff/tickets/${ticket.id}`}
        rowColor={(ticket) => (ticket.sla?.state === 'breached' ? 'red.0' : undefined)}
        empty={{ icon: 'ticket', title: t('tickets.emptyTitle'), message: t('tickets.emptyMessage') }}
      />
      <TicketFormDrawer opened={formOpened} onClose={form.close} defaults={{ customerId: list.filters.customerId }} onSaved={(ticket) => void navigate(`/staff/tickets/${ticket.id}`)} />
    </Stack>
  );
}
