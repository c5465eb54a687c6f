import { Checkbox, Code, CopyButton, Button, Alert, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EntityPicker } from '../../../components/entity-picker';
import { ApiFormLayout } from '../../../components/form-drawer';
import { emptyToNull, useApiForm } from '../../../lib/api-form';
import { notifySuccess } from '../../../lib/notify';
import { useCustomerPicker } from '../../customers/use-customer-picker';
import { useCreateWebhook, useUpdateWebhook } from '../api/webhooks';
import { WEBHOOK_EVENTS, type Webhook, type WebhookEvent } from '../types';

interface Values extends Record<string, unknown> {
  url: string;
  events: WebhookEvent[];
  customerId: string | null;
  customerFacing: boolean;
  description: string;
}

/** Subscribe a URL, or change a subscription; a new one's signing secret is shown here, once. */
export function WebhookForm({ webhook, onDone }: { webhook?: Webhook | undefined; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useApiForm<Values>({
    url: webhook?.url ?? '',
    events: webhook?.events ?? [],
    customerId: webhook?.customerId ?? null,
    customerFacing: webhook?.customerFacing ?? false,
    description: webhook?.description ?? '',
  });
  const create = useCreateWebhook();
  const update = useUpdateWebhook();
  const customers = useCustomerPicker();
  const [secret, setSecret] = useState<string | null>(null);

  async function submit(values: Values) {
    const fields = { url: values.url.trim(), events: values.events, customerFacing: values.customerFacing, description: emptyToNull(values.description) };
    if (webhook) {
      await update.mutateAsync({ id: webhook.id, patch: fields });
      notifySuccess(t('webhooks.saved'));
      onDone();
      return;
    }
    const created = await create.mutateAsync({ ...fields, customerId: values.customerId });
    setSecret(created.secret);
  }

  if (secret) {
    return (
      <Stack>
        <Alert color="teal" title={t('webhooks.createdTitle')}>
          {t('webhooks.secretOnce')}
        </Alert>
        <Code block aria-label={t('webhooks.secret')}>
          {secret}
        </Code>
        <CopyButton value={secret}>{({ copied, copy }) => <Button variant="light" onClick={copy}>{copied ? t('webhooks.copied') : t('webhooks.copy')}</Button>}</CopyButton>
        <Text size="sm" c="dimmed">
          {t('webhooks.signatureHint')}
        </Text>
        <Button onClick={onDone}>{t('webhooks.done')}</Button>
      </Stack>
    );
  }

  return (
    <ApiFormLayout form={form} onSubmit={submit} onCancel={onDone} label={webhook ? t('webhooks.edit') : t('webhooks.new')}>
      <TextInput label={t('webhooks.fields.url')} description={t('webhooks.urlHint')} required {...form.text('url')} data-autofocus />
      <Checkbox.Group label={t('webhooks.fields.events')} value={form.values.events} onChange={(value) => form.setValue('events', value as WebhookEvent[])} error={form.errors.events} withAsterisk>
        <Stack gap={6} mt={6}>
          {WEBHOOK_EVENTS.map((event) => (
            <Checkbox key={event} value={event} label={t(`webhooks.events.${event.replace('.', '_')}`)} />
          ))}
        </Stack>
      </Checkbox.Group>
      <EntityPicker
        label={t('webhooks.fields.customer')}
        description={t('webhooks.customerHint')}
        placeholder={t('webhooks.allCustomers')}
        source={customers}
        value={form.values.customerId}
        onChange={(id) => form.setValue('customerId', id)}
        error={form.errors.customerId}
        disabled={Boolean(webhook)}
      />
      <Switch
        label={t('webhooks.fields.customerFacing')}
        description={t('webhooks.customerFacingHint')}
        checked={form.values.customerFacing}
        onChange={(event) => form.setValue('customerFacing', event.currentTarget.checked)}
      />
      <TextInput label={t('webhooks.fields.description')} {...form.text('description')} />
    </ApiFormLayout>
  );
}
