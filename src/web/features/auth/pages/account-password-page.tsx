import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/icons';
import { usePageTitle } from '../../../lib/use-page-title';
import { ChangePasswordForm, PASSWORD_MIN_LENGTH } from '../components/change-password-form';

/** /account/password: a signed-in user changes their own password, inside their usual shell. */
export function AccountPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.password.title'));
  const [changed, setChanged] = useState(false);
  return (
    <Stack maw={520} gap="lg">
      <div>
        <Title order={1} fz="h2">
          {t('auth.password.title')}
        </Title>
        <Text c="dimmed" mt={4}>
          {t('auth.password.intro', { min: PASSWORD_MIN_LENGTH })}
        </Text>
      </div>
      {changed && (
        <Alert role="status" color="teal" variant="light" icon={<Icon name="check" />} withCloseButton closeButtonLabel={t('app.dismiss')} onClose={() => setChanged(false)}>
          {t('auth.password.success')}
        </Alert>
      )}
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }}>
        <ChangePasswordForm onChanged={() => setChanged(true)} />
      </Paper>
    </Stack>
  );
}
