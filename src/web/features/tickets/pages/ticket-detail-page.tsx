import { localizedName } from '../../../lib/localized-name';
import { Button, Grid, Group, Rating, Select, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ConfirmArchiveButton } from '../../../components/confirm-archive-button';
import { EnumBadge } from '../../../components/enum-badge';
import { ErrorAlert } from '../../../components/error-alert';
import { Field, FieldGrid } from '../../../components/field-grid';
import { Icon } from '../../../components/icons';
import { NotesThread } from '../../../components/notes-thread';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { useFormat } from '../../../lib/format';
import { notifySuccess } from '../../../lib/notify';
import { useStaffCan } from '../../../lib/permissions';
import { PAGE_SIZE } from '../../../lib/resource';
import { useLocalCursorPagination } from '../../../lib/use-cursor-pagination';
import { AssetLink } from '../../assets/components/asset-link';
import { CustomerLink } from '../../customers/components/customer-link';
import { FilesPanel } from '../../files/components/files-panel';
import { SiteLink } from '../../sites/components/site-link';
import { StaffGroupName } from '../../staff-groups/components/staff-group-link';
import { SlaBadge } from '../components/ticket-sla';
import { useTicketStatuses } from '../../ticket-types/api/list-ticket-statuses';
import { UserLink } from '../../users/components/user-link';
import { RecordPortalAccessButton } from '../../portal-access/components/record-portal-access-button';
import { useArchiveTicket } from '../api/archive-ticket';
import { useCreateTicketComment } from '../api/create-ticket-comment';
import { useTicket } from '../api/get-ticket';
import { useTicketComments } from '../api/list-ticket-comments';
import { useUpdateTicket } from '../api/update-ticket';
import { TicketStatusBadge } from '../components/ticket-columns';
import { TicketFormDrawer } from '../components/ticket-form';
import type { Ticket } from '../types';
import { ArchivedBadge } from '../../../components/archived-badge';
import { FollowTicketButton } from '../../notifications/follow-button';

/** /staff/tickets/:id: the request, its status, who is responsible, the comment thread and attachments. */
export function TicketDetailPage() {
  const { id = '' } = useParams();
  const ticket = useTicket(id);
  return <QueryState query={ticket}>{(data) => <TicketDetail ticket={data} />}</QueryState>;
}

function TicketDetail({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useFormat();
  const canWork = useStaffCan('manage_records');
  const archive = useArchiveTicket();
  const update = useUpdateTicket();
  const statuses = useTicketStatuses({ limit: 200, sort: 'position' });
  const [editOpened, edit] = useDisclosure(false);
  const commentsPage = useLocalCursorPagination(ticket.id);
  const comments = useTicketComments(ticket.id, { cursor: commentsPage.cursor, limit: PAGE_SIZE });
  const addComment = useCreateTicketComment(ticket.id);

  return (
    <Stack gap="lg">
      <PageHeader
        title={ticket.title}
        breadcrumbs={[{ label: t('staff.nav.tickets'), to: '/staff/tickets' }]}
        subtitle={
          <Text span size="sm">
            <Text span ff="monospace" inherit>
              {ticket.number}
            </Text>{' '}
            · {ticket.typeName}
          </Text>
        }
        badges={
          <Group gap={6}>
            <TicketStatusBadge name={ticket.statusName} category={ticket.statusCategory} />
            <EnumBadge group="priority" value={ticket.priority} />
            <ArchivedBadge archivedAt={ticket.archivedAt} />
          </Group>
        }
        actions={
          <>
            <FollowTicketButton ticketId={ticket.id} />
            {canWork && (
              <>
              <RecordPortalAccessButton resourceType="ticket" resourceId={ticket.id} customerId={ticket.customerId} name={ticket.title} />
              <Button variant="default" leftSection={<Icon name="pencil" size={16} />} onClick={edit.open}>
                {t('app.edit')}
              </Button>
              {!ticket.archivedAt && <ConfirmArchiveButton name={ticket.number} onConfirm={() => archive.mutateAsync(ticket.id)} onArchived={() => void navigate('/staff/tickets')} />}
              </>
            )}
          </>
        }
      />
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="lg">
            <FieldGrid>
              <Field label={t('common.customer')}>
                <CustomerLink id={ticket.customerId} />
              </Field>
              <Field label={t('common.site')}>{ticket.siteId ? <SiteLink id={ticket.siteId} /> : null}</Field>
              <Field label={t('common.asset')}>{ticket.assetId ? <AssetLink id={ticket.assetId} /> : null}</Field>
              <Field label={t('tickets.fields.submitter')}>{ticket.submitterUserId ? <UserLink id={ticket.submitterUserId} /> : null}</Field>
              <Field label={t('tickets.fields.responsibleUser')}>{ticket.responsibleUserId ? <UserLink id={ticket.responsibleUserId} /> : null}</Field>
              <Field label={t('tickets.fields.responsibleGroup')}>{ticket.responsibleGroupId ? <StaffGroupName id={ticket.responsibleGroupId} /> : null}</Field>
              <Field label={t('common.createdAt')}>{format.dateTime(ticket.createdAt)}</Field>
              <Field label={t('tickets.fields.closedAt')}>{ticket.closedAt ? format.dateTime(ticket.closedAt) : null}</Field>
              {ticket.sla && ticket.sla.state !== 'none' && (
                <>
                  <Field label={t('tickets.sla.firstResponseDue')}>{format.dateTime(ticket.sla.firstResponseDueAt)}</Field>
                  <Field label={t('tickets.sla.firstResponded')}>{ticket.sla.firstRespondedAt ? format.dateTime(ticket.sla.firstRespondedAt) : null}</Field>
                  <Field label={t('tickets.sla.resolutionDue')}>
                    <Group gap="xs">
                      {format.dateTime(ticket.sla.resolutionDueAt)}
                      <SlaBadge state={ticket.sla.state} />
                    </Group>
                  </Field>
                </>
              )}
              {ticket.rating !== null && (
                <Field label={t('tickets.fields.rating')}>
                  <Rating value={ticket.rating} readOnly size="sm" />
                </Field>
              )}
              <Field label={t('tickets.fields.description')} span>
                {ticket.description}
              </Field>
            </FieldGrid>
            <Tabs defaultValue="comments" keepMounted={false}>
              <Tabs.List>
                <Tabs.Tab value="comments" leftSection={<Icon name="messages" size={16} />}>
                  {t('comments.title')}
                </Tabs.Tab>
                <Tabs.Tab value="files" leftSection={<Icon name="paperclip" size={16} />}>
                  {t('files.title')}
                </Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="comments" pt="md">
                <NotesThread
                  query={comments}
                  pagination={commentsPage}
                  renderAuthor={(userId) => (userId ? <UserLink id={userId} /> : t('notes.system'))}
                  onAdd={(input) => addComment.mutateAsync(input)}
                  adding={addComment.isPending}
                  canAdd
                  labels={{ title: t('comments.title'), empty: t('comments.empty'), placeholder: t('comments.placeholder'), submit: t('comments.add'), failed: t('comments.failed') }}
                />
              </Tabs.Panel>
              <Tabs.Panel value="files" pt="md">
                <FilesPanel resourceType="ticket" resourceId={ticket.id} canEdit={canWork} />
              </Tabs.Panel>
            </Tabs>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          {canWork && !ticket.archivedAt && (
            <Stack gap="xs">
              <Title order={2} fz="h4">
                {t('common.status')}
              </Title>
              <Select
                aria-label={t('tickets.changeStatus')}
                data={(statuses.data?.items ?? []).map((status) => ({ value: status.id, label: localizedName(status) }))}
                value={ticket.statusId}
                onChange={(statusId) =>
                  statusId &&
                  statusId !== ticket.statusId &&
                  update.mutate({ id: ticket.id, patch: { statusId } }, { onSuccess: (saved) => notifySuccess(t('tickets.statusChanged', { status: saved.statusName })) })
                }
                disabled={update.isPending}
                allowDeselect={false}
                w={240}
              />
              <ErrorAlert title={t('tickets.statusFailed')} error={update.error} />
            </Stack>
          )}
        </Grid.Col>
      </Grid>
      <TicketFormDrawer opened={editOpened} onClose={edit.close} ticket={ticket} />
    </Stack>
  );
}
