import { Center, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { IconName } from './icons';
import { Icon } from './icons';

/** What a page shows when it has nothing to list yet. */
export function EmptyState({ icon = 'inbox', title, message }: { icon?: IconName; title: string; message: string }) {
  return (
    <Center py={64} px="md">
      <Stack align="center" gap="xs" maw={440} ta="center">
        <ThemeIcon size={56} radius="xl" variant="light">
          <Icon name={icon} size={28} />
        </ThemeIcon>
        <Title order={2} fz="h4" mt="sm">
          {title}
        </Title>
        <Text c="dimmed">{message}</Text>
      </Stack>
    </Center>
  );
}
