import { Badge } from '@mantine/core';
import type { MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { enumColor } from './enum-colors';

/** An enum value as a coloured badge with its translated name (`enums.<group>.<value>`). */
export function EnumBadge({ group, value, color }: { group: string; value: string; color?: MantineColor }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={color ?? enumColor(value)} radius="sm" style={{ textTransform: 'none', minWidth: 'max-content' }}>
      {t(`enums.${group}.${value}`, { defaultValue: value })}
    </Badge>
  );
}
