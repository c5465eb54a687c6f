import { useTranslation } from 'react-i18next';

const EMPTY = '—';

/** Dates, times and amounts in the UI language (de: 23.11.2026, en: Nov 23, 2026). */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = (i18n.resolvedLanguage ?? i18n.language ?? 'en').startsWith('de') ? 'de-DE' : 'en-US';
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
  return {
    /** A calendar date `YYYY-MM-DD` (no time zone: shown as the same day everywhere). */
    date: (value: string | null | undefined) => (value ? dateFormat.format(new Date(`${value.slice(0, 10)}T00:00:00Z`)) : EMPTY),
    /** An instant, in the browser's time zone. */
    dateTime: (value: string | null | undefined) => (value ? dateTimeFormat.format(new Date(value)) : EMPTY),
    cents: (value: number | null | undefined) => (value === null || value === undefined ? EMPTY : money.format(value / 100)),
    bytes: (value: number) => {
      if (value < 1024) return `${value} B`;
      if (value < 1024 * 1024) return `${(value / 1024).toFixed(1)} KB`;
      return `${(value / 1024 / 1024).toFixed(1)} MB`;
    },
  };
}

/** Today as `YYYY-MM-DD` in the browser's time zone (for due-date comparisons). */
export function todayIso(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** `<input type="datetime-local">` value ↔ ISO instant. */
export function isoToLocalInput(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

export function localInputToIso(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}
