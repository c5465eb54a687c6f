import { Anchor, Skeleton, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * A referenced record by name (a work order's customer, site, asset…), linked to its page. The name is
 * loaded by id and cached, so a table of 25 rows of the same customer asks the API once.
 */
export function RecordLink<T>({ id, query, label, to }: { id: string | null | undefined; query: UseQueryResult<T>; label: (record: T) => string; to?: (id: string) => string }) {
  const { t } = useTranslation();
  if (!id) return <Text span size="sm" c="dimmed">—</Text>;
  if (query.isPending) return <Skeleton height={12} width={96} radius="sm" style={{ display: 'inline-block' }} />;
  if (query.isError) {
    return (
      <Text span size="sm" c="dimmed">
        {t('detail.unavailable')}
      </Text>
    );
  }
  const text = label(query.data);
  if (!to) return <Text span size="sm">{text}</Text>;
  return (
    <Anchor component={Link} to={to(id)} size="sm">
      {text}
    </Anchor>
  );
}
