import { Button, Group, Paper, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icons';
import { useEndPreview } from '../api/preview';
import { usePortalAccess } from '../lib/portal-me';
import { PortalErrorAlert } from './detail-state';

/** While staff preview the portal as this user: says so on every page, and leads back to the back office. */
export function PreviewBanner() {
  const { t } = useTranslation('portal');
  const { me, previewing } = usePortalAccess();
  const endPreview = useEndPreview();
  if (!previewing) return null;
  return (
    <Paper role="region" aria-label={t('preview.region')} radius="md" p="sm" px="md" mb="lg" bg="yellow.1" style={{ border: '1px solid var(--mantine-color-yellow-5)' }}>
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
          <ThemeIcon color="yellow.7" variant="filled" radius="xl" size={32} style={{ flexShrink: 0 }}>
            <Icon name="search" size={16} />
          </ThemeIcon>
          <div style={{ minWidth: 0 }}>
            <Text fw={700} size="sm">
              {t('preview.title', { name: me.displayName })}
            </Text>
            <Text size="xs" c="dark.4">
              {t('preview.explanation')}
            </Text>
          </div>
        </Group>
        <Button color="dark" size="xs" variant="filled" onClick={() => endPreview.mutate()} loading={endPreview.isPending} leftSection={<Icon name="x" size={14} />}>
          {t('preview.end')}
        </Button>
      </Group>
      {endPreview.error ? <PortalErrorAlert title={t('preview.endFailed')} error={endPreview.error} /> : null}
    </Paper>
  );
}
