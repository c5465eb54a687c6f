import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './error-alert';
import { Icon } from './icons';

export interface ConfirmArchiveButtonProps {
  /** What is archived, e.g. "Northwind Berlin"; named in the question. */
  name: string;
  /** Performs the DELETE; resolves when the record is archived. */
  onConfirm: () => Promise<unknown>;
  /** After archiving, e.g. go back to the list. */
  onArchived?: () => void;
  label?: string;
  /** Extra sentence: what archiving means for this kind of record. */
  message?: string;
  size?: ButtonProps['size'];
  variant?: ButtonProps['variant'];
}

/** "Archive" with a confirmation dialog; the API keeps archived records, so nothing is lost for good. */
export function ConfirmArchiveButton({ name, onConfirm, onArchived, label, message, size = 'sm', variant = 'default' }: ConfirmArchiveButtonProps) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const buttonLabel = label ?? t('archive.button');

  function confirm() {
    setPending(true);
    setError(null);
    onConfirm()
      .then(() => {
        close();
        onArchived?.();
      })
      .catch((cause: unknown) => setError(cause))
      .finally(() => setPending(false));
  }

  return (
    <>
      <Button variant={variant} color="red" size={size} leftSection={<Icon name="archive" size={16} />} onClick={open}>
        {buttonLabel}
      </Button>
      <Modal opened={opened} onClose={close} title={t('archive.title', { name })} centered closeButtonProps={{ 'aria-label': t('app.close') }}>
        <Stack gap="md">
          <ErrorAlert title={t('archive.failed')} error={error} />
          <Text size="sm">{message ?? t('archive.message')}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('app.cancel')}
            </Button>
            <Button color="red" loading={pending} onClick={confirm}>
              {buttonLabel}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
