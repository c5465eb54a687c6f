import { SegmentedControl } from '@mantine/core';

/** A few named status groups above a list ("Current", "Completed", "All"); '' is "all". */
export function StatusFilter({ label, value, onChange, options }: { label: string; value: string; onChange: (value: string) => void; options: { value: string; label: string }[] }) {
  return <SegmentedControl aria-label={label} value={value} onChange={onChange} data={options} size="sm" radius="md" />;
}
