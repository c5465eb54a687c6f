import { localizedName } from '../../lib/localized-name';
import { Group, Radio, SimpleGrid, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icons';
import type { IconName } from '../../components/icons';
import type { TicketType } from '../lib/types';

const TYPE_ICONS: Record<string, IconName> = {
  service_request: 'clipboardCheck',
  incident_report: 'alertCircle',
  visit_request: 'calendar',
  feedback: 'messages',
  question: 'messages',
};

/** The request types the user may raise, as cards with an icon and a one-line hint. */
export function TypeCards({ types, value, onChange, error }: { types: TicketType[]; value: string | null; onChange: (id: string) => void; error?: string }) {
  const { t } = useTranslation('portal');
  return (
    <Radio.Group value={value} onChange={onChange} label={t('ticketForm.type')} error={error} withAsterisk={false}>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" mt="xs">
        {types.map((type) => {
          const checked = value === type.id;
          return (
            <Radio.Card key={type.id} value={type.id} radius="md" p="md" withBorder style={checked ? { borderColor: 'var(--mantine-color-indigo-6)', background: 'var(--mantine-color-indigo-0)' } : undefined}>
              <Group wrap="nowrap" align="flex-start" gap="sm">
                <ThemeIcon variant={checked ? 'filled' : 'light'} radius="md" size={34}>
                  <Icon name={TYPE_ICONS[type.key] ?? 'ticket'} size={18} />
                </ThemeIcon>
                <div style={{ flex: 1 }}>
                  <Text fw={600} size="sm">
                    {localizedName(type)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`ticketTypeHints.${type.key}`, { defaultValue: '' })}
                  </Text>
                </div>
                <Radio.Indicator />
              </Group>
            </Radio.Card>
          );
        })}
      </SimpleGrid>
    </Radio.Group>
  );
}
