import { ActionIcon, Button, Checkbox, Group, Paper, Progress, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { Icon } from '../../../components/icons';
import { mapApiError } from '../../../lib/api-form';
import { useCreateTask } from '../api/create-task';
import { useDeleteTask } from '../api/delete-task';
import { useTasks } from '../api/list-tasks';
import { useUpdateTask } from '../api/update-task';
import type { TaskOwner } from '../types';

/** The checklist of a work order, project or order: tick off, add at the end, delete. */
export function TasksPanel({ owner, ownerId, canEdit, internal = false }: { owner: TaskOwner; ownerId: string; canEdit: boolean; internal?: boolean }) {
  const { t } = useTranslation();
  const tasks = useTasks(owner, ownerId);
  const createTask = useCreateTask(owner, ownerId);
  const updateTask = useUpdateTask(owner, ownerId);
  const deleteTask = useDeleteTask(owner, ownerId);
  const [title, setTitle] = useState('');
  const [titleError, setTitleError] = useState<string | undefined>();
  const items = tasks.data?.items ?? [];
  const done = items.filter((task) => task.done).length;

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setTitleError(undefined);
    createTask.mutate(title, {
      onSuccess: () => setTitle(''),
      onError: (error) => setTitleError(mapApiError<{ title: string }>(error, ['title'], t).fieldErrors.title),
    });
  }

  return (
    <Stack gap="sm">
      {internal && (
        <Text size="sm" c="dimmed">
          {t('tasks.internalHint')}
        </Text>
      )}
      <ErrorAlert title={t('tasks.failed')} error={updateTask.error ?? deleteTask.error ?? (titleError ? null : createTask.error)} />
      <Paper withBorder radius="md" p="md">
        {tasks.isPending ? (
          <Stack gap="xs">
            <Skeleton height={18} />
            <Skeleton height={18} width="70%" />
          </Stack>
        ) : tasks.isError ? (
          <ErrorAlert title={t('table.loadFailed')} error={tasks.error} />
        ) : items.length === 0 ? (
          <EmptyState icon="clipboardCheck" title={t('tasks.emptyTitle')} message={t('tasks.emptyMessage')} />
        ) : (
          <Stack gap="xs">
            <Group gap="sm">
              <Progress value={(done / items.length) * 100} style={{ flex: 1 }} aria-label={t('tasks.progress', { done, total: items.length })} />
              <Text size="sm" c="dimmed">
                {t('tasks.progress', { done, total: items.length })}
              </Text>
            </Group>
            <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {items.map((task) => (
                <Group key={task.id} component="li" justify="space-between" wrap="nowrap" gap="sm">
                  <Checkbox
                    label={task.title}
                    checked={task.done}
                    disabled={!canEdit}
                    onChange={(event) => updateTask.mutate({ taskId: task.id, patch: { done: event.currentTarget.checked } })}
                    styles={{ label: { textDecoration: task.done ? 'line-through' : undefined, color: task.done ? 'var(--mantine-color-dimmed)' : undefined } }}
                  />
                  {canEdit && (
                    <ActionIcon variant="subtle" color="gray" aria-label={t('tasks.delete', { title: task.title })} onClick={() => deleteTask.mutate(task.id)}>
                      <Icon name="trash" size={16} />
                    </ActionIcon>
                  )}
                </Group>
              ))}
            </Stack>
          </Stack>
        )}
      </Paper>
      {canEdit && (
        <form onSubmit={add} noValidate aria-label={t('tasks.add')}>
          <Group align="flex-start" gap="sm" wrap="wrap">
            <TextInput
              aria-label={t('tasks.newTitle')}
              placeholder={t('tasks.newTitle')}
              value={title}
              onChange={(event) => setTitle(event.currentTarget.value)}
              error={titleError}
              style={{ flex: '1 1 180px' }}
            />
            <Button type="submit" variant="light" loading={createTask.isPending} leftSection={<Icon name="plus" size={16} />}>
              {t('tasks.add')}
            </Button>
          </Group>
        </form>
      )}
    </Stack>
  );
}
