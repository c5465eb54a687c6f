import { Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLE_TEMPLATES } from '../types';
import type { RoleTemplate } from '../types';

/** The role templates, each with its one-line description (in the options and below the field). */
export function RoleTemplateSelect({
  value,
  onChange,
  error,
  label,
  clearable = false,
  disabled,
}: {
  value: RoleTemplate | null;
  onChange: (value: RoleTemplate | null) => void;
  error?: string;
  label?: string;
  clearable?: boolean;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={label ?? t('portalAccess.fields.roleTemplate')}
      data={ROLE_TEMPLATES.map((key) => ({ value: key, label: t(`portalAccess.roleTemplates.${key}.name`) }))}
      value={value}
      onChange={(next) => onChange(next as RoleTemplate | null)}
      allowDeselect={clearable}
      clearable={clearable}
      error={error}
      disabled={disabled}
      description={value ? t(`portalAccess.roleTemplates.${value}.description`) : undefined}
      renderOption={({ option }) => (
        <Stack gap={0}>
          <Text size="sm">{option.label}</Text>
          <Text size="xs" c="dimmed">
            {t(`portalAccess.roleTemplates.${option.value}.description`)}
          </Text>
        </Stack>
      )}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
