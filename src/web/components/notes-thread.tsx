import { Badge, Button, Group, Paper, SegmentedControl, Skeleton, Stack, Text, Textarea } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { mapApiError } from '../lib/api-form';
import { useFormat } from '../lib/format';
import type { Page } from '../lib/resource';
import type { CursorPagination } from '../lib/use-cursor-pagination';
import { EmptyState } from './empty-state';
import { ErrorAlert } from './error-alert';
import { Icon } from './icons';

export interface ThreadEntry {
  id: string;
  authorUserId: string | null;
  body: string;
  visibility: 'internal' | 'public';
  createdAt: string;
}

/**
 * Notes of a work order or comments of a ticket: oldest first, each marked internal (staff only) or
 * public (the customer sees it in the portal), and a form to add one. New entries default to internal,
 * so nothing reaches the customer by accident.
 */
export function NotesThread<T extends ThreadEntry>({
  query,
  pagination,
  renderAuthor,
  onAdd,
  adding,
  canAdd,
  labels,
}: {
  query: UseQueryResult<Page<T>>;
  pagination: CursorPagination;
  renderAuthor: (userId: string | null) => ReactNode;
  onAdd: (input: { body: string; visibility: 'internal' | 'public' }) => Promise<unknown>;
  adding: boolean;
  canAdd: boolean;
  labels: { title: string; empty: string; placeholder: string; submit: string; failed: string };
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [body, setBody] = useState('');
  const [visibility, setVisibility] = useState<'internal' | 'public'>('internal');
  const [bodyError, setBodyError] = useState<string | undefined>();
  const [formError, setFormError] = useState<unknown>(null);
  const items = query.data?.items ?? [];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBodyError(undefined);
    setFormError(null);
    onAdd({ body, visibility })
      .then(() => {
        setBody('');
        setVisibility('internal');
      })
      .catch((error: unknown) => {
        const mapped = mapApiError<{ body: string }>(error, ['body'], t);
        setBodyError(mapped.fieldErrors.body);
        setFormError(mapped.formError);
      });
  }

  return (
    <Stack gap="md">
      {query.isPending ? (
        <Stack gap="sm">
          <Skeleton height={64} radius="md" />
          <Skeleton height={64} radius="md" />
        </Stack>
      ) : query.isError ? (
        <ErrorAlert title={t('table.loadFailed')} error={query.error} />
      ) : items.length === 0 && !pagination.hasPrevious ? (
        <Paper withBorder radius="md">
          <EmptyState icon="messages" title={labels.title} message={labels.empty} />
        </Paper>
      ) : (
        <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={labels.title}>
          {items.map((entry) => (
            <Paper
              key={entry.id}
              component="li"
              withBorder
              radius="md"
              p="md"
              style={entry.visibility === 'internal' ? { background: 'var(--mantine-color-grape-0)', borderColor: 'var(--mantine-color-grape-2)' } : undefined}
            >
              <Group justify="space-between" gap="xs" mb={6}>
                <Group gap="xs">
                  <Text size="sm" fw={600} component="span">
                    {renderAuthor(entry.authorUserId)}
                  </Text>
                  <Text size="xs" c="dimmed" component="span">
                    {format.dateTime(entry.createdAt)}
                  </Text>
                </Group>
                <Badge size="sm" radius="sm" variant="light" color={entry.visibility === 'internal' ? 'grape' : 'teal'} leftSection={<Icon name={entry.visibility === 'internal' ? 'lock' : 'world'} size={12} />} style={{ textTransform: 'none' }}>
                  {t(`enums.visibility.${entry.visibility}`)}
                </Badge>
              </Group>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {entry.body}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
      {(pagination.hasPrevious || query.data?.nextCursor) && (
        <Group justify="center" gap="xs">
          <Button variant="default" size="xs" disabled={!pagination.hasPrevious} onClick={() => pagination.goPrevious()}>
            {t('table.previous')}
          </Button>
          <Button variant="default" size="xs" disabled={!query.data?.nextCursor} onClick={() => query.data?.nextCursor && pagination.goNext(query.data.nextCursor)}>
            {t('table.next')}
          </Button>
        </Group>
      )}
      {canAdd && (
        <Paper withBorder radius="md" p="md">
          <form onSubmit={submit} noValidate aria-label={labels.submit}>
            <Stack gap="sm">
              <ErrorAlert title={labels.failed} error={formError} />
              <Textarea
                aria-label={labels.placeholder}
                placeholder={labels.placeholder}
                autosize
                minRows={3}
                maxRows={10}
                value={body}
                onChange={(event) => setBody(event.currentTarget.value)}
                error={bodyError}
              />
              <Group justify="space-between" gap="sm">
                <SegmentedControl
                  aria-label={t('notes.visibility')}
                  value={visibility}
                  onChange={(value) => setVisibility(value as 'internal' | 'public')}
                  data={[
                    { value: 'internal', label: t('notes.internalOption') },
                    { value: 'public', label: t('notes.publicOption') },
                  ]}
                  color={visibility === 'internal' ? 'grape' : 'teal'}
                />
                <Button type="submit" loading={adding}>
                  {labels.submit}
                </Button>
              </Group>
              {visibility === 'public' && (
                <Text size="xs" c="teal.8">
                  {t('notes.publicWarning')}
                </Text>
              )}
            </Stack>
          </form>
        </Paper>
      )}
    </Stack>
  );
}
