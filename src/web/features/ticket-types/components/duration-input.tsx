import { Group, Input, NumberInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A span of time as hours and minutes, held as whole minutes; both fields empty is no value (null).
 * Targets are entered the way people state them ("4 h", "1 h 30 min"), stored as minutes.
 */
export function DurationInput({ label, description, value, onChange, error }: { label: string; description?: string; value: number | null; onChange: (minutes: number | null) => void; error?: string | undefined }) {
  const { t } = useTranslation();
  const hours = value === null ? '' : Math.floor(value / 60);
  const minutes = value === null ? '' : value % 60;
  function change(nextHours: number | string, nextMinutes: number | string) {
    if (nextHours === '' && nextMinutes === '') return onChange(null);
    onChange(Number(nextHours || 0) * 60 + Number(nextMinutes || 0));
  }
  return (
    <Input.Wrapper label={label} description={description} error={error}>
      <Group gap="xs" grow mt={4}>
        <NumberInput aria-label={`${label}: ${t('ticketTypes.hours')}`} suffix={` ${t('ticketTypes.hoursShort')}`} min={0} max={8760} allowDecimal={false} value={hours} onChange={(h) => change(h, minutes)} />
        <NumberInput aria-label={`${label}: ${t('ticketTypes.minutes')}`} suffix={` ${t('ticketTypes.minutesShort')}`} min={0} max={59} allowDecimal={false} value={minutes} onChange={(m) => change(hours, m)} />
      </Group>
    </Input.Wrapper>
  );
}
