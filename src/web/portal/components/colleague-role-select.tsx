import { Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RoleTemplate } from '../../features/portal-access/types';
import type { RoleTemplateOption } from '../../features/portal-access/api/list-role-templates';

/**
 * The role templates the server accepts from this admin (GET /users/role-templates), each with its
 * description. `current` (a colleague's present role) is listed even when the admin could not give it.
 */
export function ColleagueRoleSelect({
  options,
  value,
  onChange,
  error,
  current = null,
  loading = false,
  placeholder,
}: {
  options: RoleTemplateOption[];
  value: RoleTemplate | null;
  onChange: (value: RoleTemplate) => void;
  error?: string;
  current?: RoleTemplate | null;
  loading?: boolean;
  placeholder?: string;
}) {
  const { t } = useTranslation('portal');
  const keys = options.filter((option) => option.allowed || option.key === current).map((option) => option.key);
  const data = keys.map((key) => ({ value: key, label: t(`colleagues.roles.${key}.name`), disabled: !options.find((option) => option.key === key)?.allowed }));
  return (
    <Select
      label={t('colleagues.fields.role')}
      data={data}
      value={value}
      onChange={(next) => next && onChange(next as RoleTemplate)}
      allowDeselect={false}
      error={error}
      placeholder={loading ? t('common.loading') : placeholder}
      disabled={loading}
      description={value ? t(`colleagues.roles.${value}.description`) : undefined}
      renderOption={({ option }) => (
        <Stack gap={0}>
          <Text size="sm">{option.label}</Text>
          <Text size="xs" c="dimmed">
            {t(`colleagues.roles.${option.value}.description`)}
          </Text>
        </Stack>
      )}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
