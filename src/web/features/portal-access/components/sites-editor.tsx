import { ActionIcon, Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EntityPicker } from '../../../components/entity-picker';
import { Icon } from '../../../components/icons';
import { useSitePicker } from '../../sites/use-site-picker';
import type { SiteRow } from '../access-draft';
import type { SiteLevel } from '../types';

/** Sites of a customer, each with read or write access; no rows means every site of the customer. */
export function SitesEditor({ customerId, value, onChange, error }: { customerId: string | null; value: SiteRow[]; onChange: (rows: SiteRow[]) => void; error?: string }) {
  const { t } = useTranslation();
  const sites = useSitePicker(customerId ? { customerId } : {});
  const update = (index: number, patch: Partial<SiteRow>) => onChange(value.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  return (
    <Stack gap={6} role="group" aria-label={t('portalAccess.fields.sites')}>
      <Text size="sm" fw={500}>
        {t('portalAccess.fields.sites')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('portalAccess.sitesHint')}
      </Text>
      {value.map((row, index) => (
        <Group key={index} gap="xs" wrap="nowrap" align="flex-end">
          <EntityPicker
            source={sites}
            aria-label={t('portalAccess.siteN', { number: index + 1 })}
            placeholder={t('portalAccess.chooseSite')}
            value={row.siteId}
            onChange={(siteId) => update(index, { siteId })}
            disabled={!customerId}
            w="100%"
          />
          <SegmentedControl
            size="xs"
            aria-label={t('portalAccess.levelN', { number: index + 1 })}
            data={[
              { value: 'read', label: t('portalAccess.levels.read') },
              { value: 'write', label: t('portalAccess.levels.write') },
            ]}
            value={row.level}
            onChange={(level) => update(index, { level: level as SiteLevel })}
          />
          <ActionIcon variant="subtle" color="gray" aria-label={t('portalAccess.removeSite', { number: index + 1 })} onClick={() => onChange(value.filter((_, i) => i !== index))}>
            <Icon name="x" size={16} />
          </ActionIcon>
        </Group>
      ))}
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
      <Group>
        <Button variant="light" size="xs" leftSection={<Icon name="plus" size={14} />} disabled={!customerId} onClick={() => onChange([...value, { siteId: null, level: 'read' }])}>
          {t('portalAccess.addSite')}
        </Button>
      </Group>
    </Stack>
  );
}
