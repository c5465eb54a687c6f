import { Box, Paper, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** The record's fields as a description list in a card. */
export function FieldGrid({ children, cols = 3 }: { children: ReactNode; cols?: number }) {
  return (
    <Paper withBorder radius="md" p="lg">
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: cols }} spacing="lg" verticalSpacing="md" m={0}>
        {children}
      </SimpleGrid>
    </Paper>
  );
}

/** One field: label and value; empty values show a dash. `span` lets long text use the whole row. */
export function Field({ label, children, span = false }: { label: string; children: ReactNode; span?: boolean }) {
  const empty = children === null || children === undefined || children === '';
  return (
    <Box style={span ? { gridColumn: '1 / -1' } : undefined}>
      <Text component="dt" size="xs" c="dimmed" fw={600} tt="uppercase" lts={0.3}>
        {label}
      </Text>
      <Text component="dd" m={0} mt={4} size="sm" style={{ whiteSpace: span ? 'pre-wrap' : undefined, overflowWrap: 'anywhere' }}>
        {empty ? '—' : children}
      </Text>
    </Box>
  );
}
