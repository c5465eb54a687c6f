import { Group, Text, ThemeIcon } from '@mantine/core';

/** The Portico logo: a house-shaped mark and the name. Text, not an image, so it scales and reads. */
export function Wordmark({ size = 'lg' }: { size?: 'md' | 'lg' | 'xl' }) {
  const iconSize = { md: 26, lg: 30, xl: 38 }[size];
  return (
    <Group gap={8} wrap="nowrap">
      <ThemeIcon size={iconSize} radius="md" variant="filled" aria-hidden="true">
        <svg width={iconSize * 0.62} height={iconSize * 0.62} viewBox="0 0 32 32" aria-hidden="true">
          <path d="M5 28V12l11-7 11 7v16h-7v-9h-8v9z" fill="currentColor" />
        </svg>
      </ThemeIcon>
      <Text component="span" fw={750} fz={size} lts={-0.3} c="var(--mantine-color-text)">
        Portico
      </Text>
    </Group>
  );
}
