import { Button, Rating, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../components/icons';
import { useFormat } from '../../lib/format';
import { ListToolbar, useUrlFilters } from '../components/list-toolbar';
import { PortalPageHeader } from '../components/page-header';
import { ListRow, MetaLine, PortalList } from '../components/portal-list';
import { SiteName } from '../components/record-names';
import { TicketStatusBadge } from '../components/status-badge';
import { StatusFilter } from '../components/status-filter';
import { usePortalAccess } from '../lib/portal-me';
import { useSiteFilter } from '../lib/site-filter';
import type { Ticket } from '../lib/types';
import { usePortalList } from '../lib/use-portal-list';

export function TicketRow({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  return (
    <ListRow
      to={`/portal/tickets/${ticket.id}`}
      icon={ticket.typeKey === 'feedback' ? 'messages' : 'ticket'}
      title={ticket.title}
      meta={
        <MetaLine
          parts={[ticket.number, ticket.typeName, format.date(ticket.createdAt), ticket.siteId ? <SiteName key="site" siteId={ticket.siteId} /> : null]}
        />
      }
      aside={
        <>
          {ticket.rating !== null && <Rating value={ticket.rating} readOnly size="xs" aria-label={t('tickets.ratingValue', { value: ticket.rating })} />}
          <TicketStatusBadge statusName={ticket.statusName} category={ticket.statusCategory} />
        </>
      }
    />
  );
}

/** /portal/tickets: the requests, reports and feedback the user may see (by default, their own). */
export function TicketsPage() {
  const { t } = useTranslation('portal');
  const access = usePortalAccess();
  const site = useSiteFilter();
  const filters = useUrlFilters(['q', 'status'] as const);
  const tickets = usePortalList('/tickets', { ...site.params, q: filters.values.q || undefined, statusCategory: filters.values.status || undefined, sort: '-createdAt' }, {});
  const raise = access.canRaiseTickets ? (
    <Button component={Link} to="/portal/tickets/new" leftSection={<Icon name="plus" size={16} />}>
      {t('tickets.raise')}
    </Button>
  ) : undefined;
  return (
    <Stack gap="lg">
      <PortalPageHeader title={t('tickets.title')} subtitle={access.facts.modes.tickets === 'all_in_scope' ? t('tickets.subtitleAll') : t('tickets.subtitleOwn')} actions={raise} />
      <ListToolbar q={filters.values.q} onSearch={(q) => filters.set('q', q)} searchLabel={t('tickets.search')}>
        <StatusFilter
          label={t('common.statusFilter')}
          value={filters.values.status}
          onChange={(value) => filters.set('status', value)}
          options={[
            { value: '', label: t('common.all') },
            { value: 'open', label: t('tickets.categoryOpen') },
            { value: 'in_progress', label: t('tickets.categoryInProgress') },
            { value: 'closed', label: t('tickets.categoryClosed') },
          ]}
        />
      </ListToolbar>
      <PortalList
        label={t('tickets.title')}
        query={tickets}
        filtered={filters.filtered || site.siteId !== null}
        empty={{ icon: 'ticket', title: t('tickets.emptyTitle'), message: access.canRaiseTickets ? t('tickets.emptyMessageRaise') : t('tickets.emptyMessage'), action: raise }}
        renderRow={(ticket) => <TicketRow ticket={ticket} />}
      />
    </Stack>
  );
}
