/** `YYYY-MM-DD` of today plus `days`, in the browser's time zone (due-date windows). */
export function isoDayFromToday(days: number): string {
  const now = new Date();
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** Whole days from today to a `YYYY-MM-DD` date (negative: in the past). */
export function daysUntil(date: string): number {
  const [year, month, day] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  const target = Date.UTC(year, month - 1, day);
  const now = new Date();
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((target - today) / 86_400_000);
}

/** Whether two instants fall on the same calendar day in the browser's time zone. */
export function sameLocalDay(a: string, b: string): boolean {
  return new Date(a).toDateString() === new Date(b).toDateString();
}
