import { localizedName } from '../../lib/localized-name';
import { Button, Group, Paper, Rating, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Field, FieldGrid } from '../../components/field-grid';
import { Icon } from '../../components/icons';
import { FollowTicketButton } from '../../features/notifications/follow-button';
import { useFormat } from '../../lib/format';
import { notifySuccess } from '../../lib/notify';
import { useTicket, useTicketStatuses } from '../api/records';
import { useAddTicketComment, useSetTicketStatus } from '../api/tickets';
import { DetailState, PortalErrorAlert } from '../components/detail-state';
import { FilesSection } from '../components/files-section';
import { NotesList } from '../components/notes-list';
import { PortalPageHeader } from '../components/page-header';
import { AssetLink, SiteName } from '../components/record-names';
import { Section, TextCard } from '../components/section';
import { TicketStatusBadge } from '../components/status-badge';
import { usePortalAccess } from '../lib/portal-me';
import type { Ticket } from '../lib/types';
import { usePortalList } from '../lib/use-portal-list';

function CommentForm({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation('portal');
  const addComment = useAddTicketComment(ticket.id);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (body.trim() === '') {
      setError(t('comments.required'));
      return;
    }
    setError(undefined);
    addComment.mutate(body.trim(), {
      onSuccess: () => {
        setBody('');
        notifySuccess(t('comments.added'));
      },
    });
  }

  return (
    <Paper withBorder radius="md" p="md">
      <form onSubmit={submit} noValidate aria-label={t('comments.formLabel')}>
        <Stack gap="sm">
          <PortalErrorAlert title={t('comments.failed')} error={addComment.error} />
          <Textarea
            label={t('comments.label')}
            placeholder={t('comments.placeholder')}
            autosize
            minRows={3}
            maxRows={10}
            value={body}
            onChange={(event) => setBody(event.currentTarget.value)}
            error={error}
            maxLength={20000}
          />
          <Group justify="space-between" gap="sm">
            <Text size="xs" c="dimmed">
              {t('comments.visibleHint')}
            </Text>
            <Button type="submit" loading={addComment.isPending} leftSection={<Icon name="messages" size={16} />}>
              {t('comments.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** Only the statuses staff allowed this user to set; nothing when there are none. */
function StatusChanger({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation('portal');
  const access = usePortalAccess();
  const statuses = useTicketStatuses();
  const setStatus = useSetTicketStatus(ticket.id);
  const [statusId, setStatusId] = useState<string | null>(null);
  const allowed = (statuses.data?.items ?? []).filter((status) => access.facts.capabilities.statusIds.includes(status.id) && status.id !== ticket.statusId);
  if (allowed.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <PortalErrorAlert title={t('tickets.statusFailed')} error={setStatus.error} />
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Select
            label={t('tickets.changeStatus')}
            placeholder={t('tickets.chooseStatus')}
            data={allowed.map((status) => ({ value: status.id, label: localizedName(status) }))}
            value={statusId}
            onChange={setStatusId}
            comboboxProps={{ withinPortal: true }}
            w={{ base: '100%', xs: 260 }}
          />
          <Button
            variant="light"
            disabled={!statusId}
            loading={setStatus.isPending}
            onClick={() =>
              statusId &&
              setStatus.mutate(statusId, {
                onSuccess: () => {
                  setStatusId(null);
                  notifySuccess(t('tickets.statusChanged'));
                },
              })
            }
          >
            {t('tickets.applyStatus')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function TicketDetail({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  const access = usePortalAccess();
  const comments = usePortalList('/tickets/{id}/comments', {}, { limit: 50, path: { id: ticket.id } });
  const writable = access.siteWritable(ticket.siteId) && !access.previewing;
  const mayComment = writable && access.facts.capabilities.createTickets;
  const typeName = ticket.typeName;
  return (
    <Stack gap="xl">
      <PortalPageHeader
        title={ticket.title}
        back={{ to: '/portal/tickets', label: t('tickets.back') }}
        subtitle={`${ticket.number} · ${typeName}`}
        badges={<TicketStatusBadge statusName={ticket.statusName} category={ticket.statusCategory} />}
        actions={<FollowTicketButton ticketId={ticket.id} disabled={access.previewing} />}
      />
      <FieldGrid>
        <Field label={t('tickets.type')}>{typeName}</Field>
        <Field label={t('tickets.raisedOn')}>{format.dateTime(ticket.createdAt)}</Field>
        <Field label={t('tickets.site')}>{ticket.siteId ? <SiteName siteId={ticket.siteId} /> : null}</Field>
        <Field label={t('tickets.asset')}>{ticket.assetId ? <AssetLink assetId={ticket.assetId} /> : null}</Field>
        {ticket.rating !== null ? (
          <Field label={t('tickets.rating')}>
            <Rating value={ticket.rating} readOnly size="sm" aria-label={t('tickets.ratingValue', { value: ticket.rating })} />
          </Field>
        ) : (
          <Field label={t('tickets.priority')}>{t(`enums.priority.${ticket.priority}`, { defaultValue: ticket.priority })}</Field>
        )}
        <Field label={t('tickets.closedOn')}>{ticket.closedAt ? format.dateTime(ticket.closedAt) : null}</Field>
      </FieldGrid>
      {ticket.description && (
        <Section title={t('tickets.description')}>
          <TextCard>{ticket.description}</TextCard>
        </Section>
      )}
      {writable && <StatusChanger ticket={ticket} />}
      <Section title={t('comments.title')}>
        <NotesList query={comments} label={t('comments.title')} emptyText={t('comments.empty')} />
        {mayComment && <CommentForm ticket={ticket} />}
      </Section>
      <FilesSection resourceType="ticket" resourceId={ticket.id} siteId={ticket.siteId} />
    </Stack>
  );
}

/** /portal/tickets/:id: a ticket with its public comments; the user adds public comments. */
export function TicketDetailPage() {
  const { id } = useParams();
  const ticket = useTicket(id);
  return <DetailState query={ticket}>{(data) => <TicketDetail ticket={data} />}</DetailState>;
}
