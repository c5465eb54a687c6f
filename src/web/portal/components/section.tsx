import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled part of a detail page (sub-assets, notes, files…), with an optional count and action. */
export function Section({ title, count, action, children, description }: { title: string; count?: number; action?: ReactNode; description?: ReactNode; children: ReactNode }) {
  return (
    <Stack gap="sm" component="section" aria-label={title}>
      <Group justify="space-between" align="flex-end" gap="xs">
        <div>
          <Title order={2} fz="h4">
            {title}
            {count !== undefined && (
              <Text span c="dimmed" fw={500} fz="sm" ml={8}>
                {count}
              </Text>
            )}
          </Title>
          {description && (
            <Text size="sm" c="dimmed" mt={2}>
              {description}
            </Text>
          )}
        </div>
        {action}
      </Group>
      {children}
    </Stack>
  );
}

/** A plain card for text content (a description, a report summary). */
export function TextCard({ children }: { children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Paper>
  );
}
