import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { sameLocalDay } from './dates';

/** "Nov 26, 2026, 9:00 AM – 4:00 PM" (same day) or both full date-times; the end is optional. */
export function useTimeRange(): (start: string, end: string | null) => string {
  const { i18n } = useTranslation();
  const format = useFormat();
  const locale = (i18n.resolvedLanguage ?? 'en').startsWith('de') ? 'de-DE' : 'en-US';
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
  return (start, end) => {
    if (!end) return format.dateTime(start);
    return `${format.dateTime(start)} – ${sameLocalDay(start, end) ? time.format(new Date(end)) : format.dateTime(end)}`;
  };
}
