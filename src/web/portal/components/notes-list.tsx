import { Button, Center, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icons';
import { useFormat } from '../../lib/format';
import { usePortalAccess } from '../lib/portal-me';
import type { Note } from '../lib/types';
import type { PortalListQuery } from './portal-list';
import { PortalErrorAlert, PortalLoader } from './detail-state';

/**
 * Customer-visible notes of a work order or public comments of a ticket, oldest first, as the API
 * returns them for this user (internal ones never arrive). Staff authors are "service team".
 */
export function NotesList({ query, label, emptyText }: { query: PortalListQuery<Note>; label: string; emptyText: string }) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  const { me } = usePortalAccess();
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  if (query.isPending) return <PortalLoader />;
  if (query.isError) return <PortalErrorAlert title={t('common.loadFailed')} error={query.error} />;
  if (items.length === 0) {
    return (
      <Paper withBorder radius="md" p="md">
        <Text size="sm" c="dimmed">
          {emptyText}
        </Text>
      </Paper>
    );
  }
  return (
    <Stack gap="sm">
      <Stack gap="sm" component="ol" aria-label={label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((note) => {
          const mine = note.authorUserId === me.id;
          return (
            <Paper key={note.id} component="li" withBorder radius="md" p="md" bg={mine ? 'indigo.0' : 'white'} style={mine ? { borderColor: 'var(--mantine-color-indigo-2)' } : undefined}>
              <Group gap="xs" mb={6} wrap="nowrap">
                <ThemeIcon size={24} radius="xl" variant={mine ? 'filled' : 'light'} color={mine ? 'indigo' : 'teal'}>
                  <Icon name={mine ? 'users' : 'messages'} size={13} />
                </ThemeIcon>
                <Text size="sm" fw={600}>
                  {mine ? t('notes.you') : t('notes.serviceTeam')}
                </Text>
                <Text size="xs" c="dimmed">
                  {format.dateTime(note.createdAt)}
                </Text>
              </Group>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {note.body}
              </Text>
            </Paper>
          );
        })}
      </Stack>
      {query.hasNextPage && (
        <Center>
          <Button variant="default" size="xs" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
            {t('common.showMore')}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
