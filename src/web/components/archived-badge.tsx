import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "Archived" next to a record's title; nothing while the record is live. */
export function ArchivedBadge({ archivedAt }: { archivedAt: string | null | undefined }) {
  const { t } = useTranslation();
  if (!archivedAt) return null;
  return (
    <Badge variant="outline" color="gray" radius="sm">
      {t('common.archived')}
    </Badge>
  );
}
