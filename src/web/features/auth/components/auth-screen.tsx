import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguagePicker } from '../../../components/language-picker';
import { Wordmark } from '../../../components/wordmark';
import classes from './auth-screen.module.css';

/** The centred card the sign-in and forced-password pages share, with the language picker in reach. */
export function AuthScreen({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Box className={classes.background}>
      <Group justify="flex-end" p="md">
        <LanguagePicker />
      </Group>
      <Center component="main" px="md" pb={64} className={classes.main}>
        <Stack w="100%" maw={420} gap="lg">
          <Stack align="center" gap={4}>
            <Wordmark size="xl" />
            <Text c="dimmed" size="sm">
              {t('app.tagline')}
            </Text>
          </Stack>
          <Paper withBorder shadow="md" radius="md" p={{ base: 'lg', sm: 'xl' }}>
            <Stack gap="md">
              <div>
                <Title order={1} fz="h3">
                  {title}
                </Title>
                {intro !== undefined && (
                  <Text c="dimmed" size="sm" mt={4}>
                    {intro}
                  </Text>
                )}
              </div>
              {children}
            </Stack>
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}
