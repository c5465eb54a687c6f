import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { daysUntil } from '../lib/dates';

/** A next-due date with how urgent it is: overdue (red), within 30 days (orange), later (plain). */
export function DueBadge({ date, label }: { date: string | null; label?: string }) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  if (!date) return null;
  const days = daysUntil(date);
  const color = days < 0 ? 'red' : days <= 30 ? 'orange' : 'gray';
  const text = days < 0 ? t('due.overdue', { date: format.date(date) }) : t('due.on', { date: format.date(date) });
  return (
    <Badge variant={days < 0 ? 'filled' : 'light'} color={color} radius="sm" size="sm" style={{ textTransform: 'none', flexShrink: 0 }} aria-label={label ? `${label}: ${text}` : undefined}>
      {text}
    </Badge>
  );
}
