import { Button, Drawer, Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiForm } from '../lib/api-form';
import { ErrorAlert } from './error-alert';

/**
 * A side drawer for a create/edit form. Its content is only mounted while open, so each opening starts
 * with fresh form state (the form component lives inside).
 */
export function FormDrawer({ opened, onClose, title, children }: { opened: boolean; onClose: () => void; title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Drawer opened={opened} onClose={onClose} title={title} position="right" size="md" padding="lg" closeButtonProps={{ 'aria-label': t('app.close') }}>
      {children}
    </Drawer>
  );
}

/** The form element of a back-office form: the API's objections on top, the fields, save and cancel. */
export function ApiFormLayout<V extends Record<string, unknown>>({
  form,
  onSubmit,
  onCancel,
  label,
  submitLabel,
  children,
}: {
  form: ApiForm<V>;
  onSubmit: (values: V) => Promise<unknown>;
  onCancel?: () => void;
  /** Accessible name of the form. */
  label: string;
  submitLabel?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <form onSubmit={form.onSubmit(onSubmit)} noValidate aria-label={label}>
      <Stack gap="md">
        <ErrorAlert title={t('form.saveFailed')} error={form.formError} />
        {children}
        <Group justify="flex-end" gap="sm" mt="sm">
          {onCancel && (
            <Button variant="default" onClick={onCancel} type="button">
              {t('app.cancel')}
            </Button>
          )}
          <Button type="submit" loading={form.submitting}>
            {submitLabel ?? t('app.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
