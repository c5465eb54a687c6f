import { Anchor, Button, Group, Paper, Progress, SimpleGrid, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../components/icons';
import type { IconName } from '../../components/icons';
import { useFormat } from '../../lib/format';
import type { ListPath, PathArg } from '../../lib/api-client';
import { fetchPage, type ListParams } from '../../lib/resource';
import { usePageTitle } from '../../lib/use-page-title';
import { useMyCustomers } from '../api/records';
import { PortalErrorAlert } from '../components/detail-state';
import { AssetOverviewCard } from '../components/asset-overview-card';
import { DueBadge } from '../components/due-date';
import { ListRow, MetaLine } from '../components/portal-list';
import { SiteName, useSiteName } from '../components/record-names';
import { FlagBadges, StatusBadge, TicketStatusBadge } from '../components/status-badge';
import { isoDayFromToday } from '../lib/dates';
import { ASSET_AREAS } from '../lib/portal-nav';
import { usePortalAccess } from '../lib/portal-me';
import { useSiteFilter } from '../lib/site-filter';
import classes from '../components/portal-list.module.css';
import { useUpcomingOccurrences } from '../api/schedule';

const PREVIEW_SIZE = 5;

/** The first few records of a list for a dashboard card (one request, no paging). */
function usePreviewList<P extends ListPath>(path: P, params: ListParams, where: PathArg<P>, enabled: boolean) {
  return useQuery({
    queryKey: ['portal', 'list', path, 'preview', params],
    queryFn: ({ signal }) => fetchPage(path, { ...params, limit: PREVIEW_SIZE }, { ...where, signal }),
    enabled,
  });
}

function DashboardCard<T extends { id: string }>({
  title,
  icon,
  to,
  items,
  isPending,
  error,
  emptyText,
  renderRow,
  rowKey = (item) => item.id,
}: {
  title: string;
  icon: IconName;
  to: string;
  items: T[] | undefined;
  isPending: boolean;
  error: unknown;
  emptyText: string;
  renderRow: (item: T) => ReactNode;
  rowKey?: (item: T) => string;
}) {
  const { t } = useTranslation('portal');
  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden', display: 'flex', flexDirection: 'column' }} component="section" aria-label={title}>
      <Group justify="space-between" px="md" py="sm" gap="xs" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }} bg="white">
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon variant="light" radius="md" size={30}>
            <Icon name={icon} size={16} />
          </ThemeIcon>
          <Title order={2} fz="h5">
            {title}
          </Title>
        </Group>
        <Anchor component={Link} to={to} size="sm" fw={500}>
          {t('dashboard.viewAll')}
        </Anchor>
      </Group>
      {error ? (
        <Stack p="md">
          <PortalErrorAlert title={t('common.loadFailed')} error={error} />
        </Stack>
      ) : isPending ? (
        <Stack p="md" gap="sm">
          <Skeleton height={14} width="70%" />
          <Skeleton height={14} width="55%" />
          <Skeleton height={14} width="62%" />
        </Stack>
      ) : items && items.length > 0 ? (
        <ul className={classes.list}>
          {items.map((item) => (
            <li key={rowKey(item)}>{renderRow(item)}</li>
          ))}
        </ul>
      ) : (
        <Text c="dimmed" size="sm" p="md">
          {emptyText}
        </Text>
      )}
    </Paper>
  );
}

function OpenTicketsCard({ siteParams }: { siteParams: ListParams }) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  const open = usePreviewList('/tickets', { ...siteParams, statusCategory: 'open' }, {}, true);
  const working = usePreviewList('/tickets', { ...siteParams, statusCategory: 'in_progress' }, {}, true);
  // Two small filtered queries (the API filters one status category at a time), newest first.
  const items =
    open.data && working.data
      ? [...open.data.items, ...working.data.items].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, PREVIEW_SIZE)
      : undefined;
  return (
    <DashboardCard
      title={t('dashboard.openTickets')}
      icon="ticket"
      to="/portal/tickets"
      items={items}
      isPending={open.isPending || working.isPending}
      error={open.error ?? working.error}
      emptyText={t('dashboard.noOpenTickets')}
      renderRow={(ticket) => (
        <ListRow
          to={`/portal/tickets/${ticket.id}`}
          title={ticket.title}
          meta={<MetaLine parts={[ticket.number, ticket.typeName, format.date(ticket.createdAt)]} />}
          aside={<TicketStatusBadge statusName={ticket.statusName} category={ticket.statusCategory} />}
        />
      )}
    />
  );
}

function DueAssetsCard({ siteParams }: { siteParams: ListParams }) {
  const { t } = useTranslation('portal');
  // Overdue first, then the soonest due.
  const due = usePreviewList('/assets', { ...siteParams, dueBefore: isoDayFromToday(60), sort: 'nextDueDate' }, {}, true);
  return (
    <DashboardCard
      title={t('dashboard.dueSoon')}
      icon="calendar"
      to="/portal/assets?due=soon"
      items={due.data?.items}
      isPending={due.isPending}
      error={due.error}
      emptyText={t('dashboard.nothingDue')}
      renderRow={(asset) => (
        <ListRow to={`/portal/assets/${asset.id}`} title={asset.name} meta={<MetaLine parts={[asset.category, <SiteName key="site" siteId={asset.siteId} />]} />} aside={<DueBadge date={asset.nextDueDate} />} />
      )}
    />
  );
}

function ProjectsCard({ siteParams }: { siteParams: ListParams }) {
  const { t } = useTranslation('portal');
  const projects = usePreviewList('/projects', { ...siteParams, status: 'active' }, {}, true);
  return (
    <DashboardCard
      title={t('dashboard.runningProjects')}
      icon="layoutKanban"
      to="/portal/projects"
      items={projects.data?.items}
      isPending={projects.isPending}
      error={projects.error}
      emptyText={t('dashboard.noProjects')}
      renderRow={(project) => (
        <ListRow
          to={`/portal/projects/${project.id}`}
          title={project.name}
          meta={
            <Group gap="xs" wrap="nowrap" mt={4}>
              <Progress value={project.progress} size="sm" radius="xl" w={120} aria-label={t('projects.progress')} />
              <span>{t('projects.percent', { value: project.progress })}</span>
            </Group>
          }
          aside={<FlagBadges flags={project.flags} />}
        />
      )}
    />
  );
}

function OrdersCard({ siteParams }: { siteParams: ListParams }) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  const orders = usePreviewList('/orders', { ...siteParams, sort: '-createdAt' }, {}, true);
  return (
    <DashboardCard
      title={t('dashboard.recentOrders')}
      icon="receipt"
      to="/portal/orders"
      items={orders.data?.items}
      isPending={orders.isPending}
      error={orders.error}
      emptyText={t('dashboard.noOrders')}
      renderRow={(order) => (
        <ListRow
          to={`/portal/orders/${order.id}`}
          title={order.title}
          meta={<MetaLine parts={[order.number, order.deadline ? t('orders.deadlineOn', { date: format.date(order.deadline) }) : null]} />}
          aside={<StatusBadge group="orderStatus" value={order.status} />}
        />
      )}
    />
  );
}

function WorkOrdersCard({ siteParams }: { siteParams: ListParams }) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  const workOrders = usePreviewList('/work-orders', { ...siteParams, status: 'open,scheduled,in_progress,on_hold' }, {}, true);
  return (
    <DashboardCard
      title={t('dashboard.activeWorkOrders')}
      icon="clipboardCheck"
      to="/portal/work-orders"
      items={workOrders.data?.items}
      isPending={workOrders.isPending}
      error={workOrders.error}
      emptyText={t('dashboard.noWorkOrders')}
      renderRow={(workOrder) => (
        <ListRow
          to={`/portal/work-orders/${workOrder.id}`}
          title={workOrder.title}
          meta={<MetaLine parts={[workOrder.number, workOrder.plannedStart ? t('workOrders.plannedOn', { date: format.dateTime(workOrder.plannedStart) }) : null]} />}
          aside={<StatusBadge group="workOrderStatus" value={workOrder.status} />}
        />
      )}
    />
  );
}

function VisitsCard({ siteParams }: { siteParams: ListParams }) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  // Occurrences, so a recurring round that began months ago still shows its next date.
  const visits = useUpcomingOccurrences(siteParams);
  return (
    <DashboardCard
      title={t('dashboard.upcomingVisits')}
      icon="calendar"
      to="/portal/schedule"
      items={visits.data?.pages[0]?.items.slice(0, PREVIEW_SIZE)}
      isPending={visits.isPending}
      error={visits.error}
      emptyText={t('dashboard.noVisits')}
      rowKey={(entry) => `${entry.id}:${entry.startsAt}`}
      renderRow={(entry) => (
        <ListRow title={entry.title} meta={<MetaLine parts={[format.dateTime(entry.startsAt), <SiteName key="site" siteId={entry.siteId} />]} />} aside={<StatusBadge group="scheduleKind" value={entry.kind} color="cyan" />} />
      )}
    />
  );
}

/** /portal: what matters now, for the areas this user has — open requests, how the assets stand, due dates, projects, orders. */
export function PortalDashboardPage() {
  const { t } = useTranslation('portal');
  const access = usePortalAccess();
  const { siteId, params } = useSiteFilter();
  const siteName = useSiteName(siteId);
  const customers = useMyCustomers();
  usePageTitle(t('nav.dashboard'));
  const customerNames = customers.data?.items.map((customer) => customer.name).join(', ');
  const firstName = access.me.displayName.split(/\s+/)[0] ?? access.me.displayName;

  const cards: ReactNode[] = [];
  if (access.has('tickets')) cards.push(<OpenTicketsCard key="tickets" siteParams={params} />);
  // Assets and live-site devices are both assets: either area brings the asset cards (as in the nav).
  if (access.has(ASSET_AREAS)) cards.push(<AssetOverviewCard key="asset-overview" siteParams={params} />, <DueAssetsCard key="assets" siteParams={params} />);
  if (access.has('work_orders')) cards.push(<WorkOrdersCard key="work-orders" siteParams={params} />);
  if (access.has('projects')) cards.push(<ProjectsCard key="projects" siteParams={params} />);
  if (access.has('orders')) cards.push(<OrdersCard key="orders" siteParams={params} />);
  if (access.has('schedule')) cards.push(<VisitsCard key="schedule" siteParams={params} />);

  return (
    <Stack gap="lg">
      <Paper radius="lg" p={{ base: 'lg', sm: 'xl' }} style={{ background: 'linear-gradient(120deg, var(--mantine-color-indigo-7), var(--mantine-color-indigo-5) 60%, var(--mantine-color-cyan-5))', color: 'white' }}>
        <Group justify="space-between" align="flex-end" gap="md">
          <Stack gap={4}>
            <Title order={1} fz={{ base: 'h3', sm: 'h2' }} c="white">
              {t('dashboard.title', { name: firstName })}
            </Title>
            <Text size="sm" c="indigo.0">
              {customerNames ? t('dashboard.subtitle', { customer: customerNames }) : t('dashboard.subtitleGeneric')}
              {siteName ? ` · ${t('dashboard.siteNote', { site: siteName })}` : ''}
            </Text>
          </Stack>
          {access.has('tickets') && access.canRaiseTickets && (
            <Button component={Link} to="/portal/tickets/new" variant="white" color="indigo" leftSection={<Icon name="plus" size={16} />}>
              {t('tickets.raise')}
            </Button>
          )}
        </Group>
      </Paper>
      {cards.length === 0 ? (
        <Paper withBorder radius="md" p="xl">
          <Text c="dimmed" ta="center">
            {t('dashboard.nothingShared')}
          </Text>
        </Paper>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          {cards}
        </SimpleGrid>
      )}
    </Stack>
  );
}
