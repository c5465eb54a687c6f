import { Alert, Button, Group, Loader, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../components/icons';
import { useFormat } from '../../lib/format';
import type { AttachmentUpload } from '../lib/use-attachment-uploads';
import { usePortalErrorMessage } from '../lib/use-portal-error';
import type { Ticket } from '../lib/types';

function UploadStatus({ upload }: { upload: AttachmentUpload }) {
  if (upload.status === 'uploading' || upload.status === 'waiting') return <Loader size={18} />;
  const done = upload.status === 'done';
  return (
    <ThemeIcon variant="light" color={done ? 'green' : 'red'} radius="xl" size={24}>
      <Icon name={done ? 'check' : 'alertCircle'} size={14} />
    </ThemeIcon>
  );
}

/**
 * The request exists; its attachments are on their way. Shown while they upload and, when one is
 * refused, until the user has retried or moved on: the request is kept either way.
 */
export function AttachmentUploadsPanel({
  ticket,
  uploads,
  busy,
  failed,
  onRetry,
}: {
  ticket: Ticket;
  uploads: AttachmentUpload[];
  busy: boolean;
  failed: number;
  onRetry: (index: number) => void;
}) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  const errorMessage = usePortalErrorMessage();
  return (
    <Stack gap="lg">
      {busy ? (
        <Alert color="indigo" variant="light" icon={<Icon name="upload" />} title={t('attachments.uploadingTitle', { number: ticket.number })}>
          {t('attachments.uploadingMessage')}
        </Alert>
      ) : failed > 0 ? (
        <Alert color="yellow" variant="light" icon={<Icon name="alertCircle" />} title={t('attachments.failedTitle', { number: ticket.number, count: failed })}>
          {t('attachments.failedMessage')}
        </Alert>
      ) : (
        <Alert color="green" variant="light" icon={<Icon name="check" />} title={t('attachments.allUploaded', { number: ticket.number })} />
      )}
      <Paper withBorder radius="md" component="ul" aria-label={t('attachments.label')} p={0} m={0} style={{ listStyle: 'none' }}>
        {uploads.map((upload, index) => (
          <Group key={index} component="li" justify="space-between" wrap="nowrap" gap="sm" px="md" py="sm" style={index > 0 ? { borderTop: '1px solid var(--mantine-color-gray-2)' } : undefined}>
            <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
              <UploadStatus upload={upload} />
              <div style={{ minWidth: 0 }}>
                <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {upload.file.name}{' '}
                  <Text span size="xs" c="dimmed" fw={400}>
                    {format.bytes(upload.file.size)}
                  </Text>
                </Text>
                <Text size="xs" c={upload.status === 'failed' ? 'red' : 'dimmed'}>
                  {upload.status === 'failed' ? errorMessage(upload.error) : t(`attachments.status.${upload.status}`)}
                </Text>
              </div>
            </Group>
            {upload.status === 'failed' && (
              <Button size="xs" variant="light" leftSection={<Icon name="upload" size={14} />} disabled={busy} onClick={() => onRetry(index)} aria-label={t('attachments.retryFile', { name: upload.file.name })}>
                {t('attachments.retry')}
              </Button>
            )}
          </Group>
        ))}
      </Paper>
      <Group justify="flex-end">
        <Button component={Link} to={`/portal/tickets/${ticket.id}`} variant={busy ? 'default' : 'filled'} leftSection={<Icon name="chevronRight" size={16} />}>
          {t('attachments.continue')}
        </Button>
      </Group>
    </Stack>
  );
}
