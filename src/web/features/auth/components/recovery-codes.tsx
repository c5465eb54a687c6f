import { Alert, Button, Code, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/icons';

/** Freshly issued recovery codes: shown once (only their hashes are kept), with a download to keep them. */
export function RecoveryCodesList({ codes }: { codes: string[] }) {
  const { t } = useTranslation();
  function download() {
    const url = URL.createObjectURL(new Blob([`${codes.join('\n')}\n`], { type: 'text/plain' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'portico-recovery-codes.txt';
    link.click();
    URL.revokeObjectURL(url);
  }
  return (
    <Alert color="yellow" variant="light" title={t('auth.mfa.recoveryTitle')}>
      <Stack gap="sm">
        <Text size="sm">{t('auth.mfa.recoveryIntro')}</Text>
        <SimpleGrid cols={2} spacing="xs" data-testid="recovery-codes">
          {codes.map((code) => (
            <Code key={code} fz="sm">
              {code}
            </Code>
          ))}
        </SimpleGrid>
        <Button variant="light" leftSection={<Icon name="download" size={16} />} onClick={download} w="fit-content">
          {t('auth.mfa.download')}
        </Button>
      </Stack>
    </Alert>
  );
}
