import { CloseButton, Group, Select, Skeleton, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useAssignFlag } from '../api/assign-flag';
import { useFlags } from '../api/list-flags';
import { useUnassignFlag } from '../api/unassign-flag';
import type { FlaggableType } from '../types';
import { FlagBadge } from './flag-badge';

/** The flags on an order, work order or project; staff who work on records put them on and take them off. */
export function FlagsEditor({ resourceType, resourceId, canEdit }: { resourceType: FlaggableType; resourceId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const onRecord = useFlags({ resourceType, resourceId, limit: 200 });
  const all = useFlags({ limit: 200 }, canEdit);
  const assign = useAssignFlag(resourceType, resourceId);
  const unassign = useUnassignFlag(resourceType, resourceId);
  const current = onRecord.data?.items ?? [];
  const available = (all.data?.items ?? []).filter((flag) => !current.some((c) => c.id === flag.id));

  if (onRecord.isPending) return <Skeleton height={22} width={160} />;
  return (
    <Group gap="xs" align="center">
      <ErrorAlert title={t('flags.changeFailed')} error={assign.error ?? unassign.error ?? onRecord.error} />
      {current.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('flags.none')}
        </Text>
      )}
      {current.map((flag) => (
        <FlagBadge
          key={flag.id}
          flag={flag}
          rightSection={
            canEdit ? (
              <CloseButton size={14} iconSize={10} aria-label={t('flags.remove', { name: flag.name })} onClick={() => unassign.mutate(flag.id)} disabled={unassign.isPending} />
            ) : undefined
          }
        />
      ))}
      {canEdit && available.length > 0 && (
        <Select
          aria-label={t('flags.add')}
          placeholder={t('flags.add')}
          size="xs"
          w={180}
          data={available.map((flag) => ({ value: flag.id, label: flag.name }))}
          value={null}
          onChange={(flagId) => flagId && assign.mutate(flagId)}
          disabled={assign.isPending}
          comboboxProps={{ withinPortal: true }}
        />
      )}
    </Group>
  );
}
