import { Alert, Button, Code, CopyButton, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiFormLayout } from '../../components/form-drawer';
import { Icon } from '../../components/icons';
import { useApiForm } from '../../lib/api-form';
import { useCreateApiToken, type CreatedApiToken } from './api';

const LIFETIMES = ['30', '90', '365', 'never'] as const;

function expiryFrom(lifetime: string): string | null {
  if (lifetime === 'never') return null;
  return new Date(Date.now() + Number(lifetime) * 86_400_000).toISOString();
}

/** The new secret, once: people copy it into their integration now, or make another token later. */
function NewSecret({ created, onDone }: { created: CreatedApiToken; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert role="status" color="teal" variant="light" icon={<Icon name="check" />} title={t('apiTokens.createdTitle', { name: created.name })}>
      <Stack gap="sm">
        <Text size="sm">{t('apiTokens.createdHint')}</Text>
        <Code block data-testid="new-api-token">
          {created.token}
        </Code>
        <Group gap="sm">
          <CopyButton value={created.token}>
            {({ copied, copy }) => (
              <Button size="xs" variant="light" onClick={copy}>
                {copied ? t('apiTokens.copied') : t('apiTokens.copy')}
              </Button>
            )}
          </CopyButton>
          <Button size="xs" variant="default" onClick={onDone}>
            {t('apiTokens.done')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

/** Name and lifetime of a new token; the answer shows the secret right here. */
export function CreateApiTokenForm({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const create = useCreateApiToken(userId);
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const form = useApiForm({ name: '', lifetime: '90' as string });
  if (created) return <NewSecret created={created} onDone={() => setCreated(null)} />;
  return (
    <Paper withBorder radius="md" p="lg">
      <ApiFormLayout
        form={form}
        label={t('apiTokens.createTitle')}
        submitLabel={t('apiTokens.create')}
        onSubmit={async (values) => {
          const token = await create.mutateAsync({ name: values.name.trim(), expiresAt: expiryFrom(values.lifetime) });
          form.reset();
          setCreated(token);
        }}
      >
        <TextInput label={t('apiTokens.name')} description={t('apiTokens.nameHint')} required {...form.text('name')} />
        <Select
          label={t('apiTokens.lifetime')}
          data={LIFETIMES.map((value) => ({ value, label: t(`apiTokens.lifetimes.${value}`) }))}
          value={form.values.lifetime}
          onChange={(value) => value && form.setValue('lifetime', value)}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
      </ApiFormLayout>
    </Paper>
  );
}
