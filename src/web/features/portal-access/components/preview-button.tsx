import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { Icon } from '../../../components/icons';
import { useStartPreview } from '../api/start-preview';

/** "Preview as this user": the server sets the preview cookie, then the whole app loads /portal as them. */
export function PreviewButton({ userId, disabled }: { userId: string; disabled?: boolean }) {
  const { t } = useTranslation();
  const preview = useStartPreview();
  return (
    <>
      <Button variant="default" leftSection={<Icon name="world" size={16} />} loading={preview.isPending || preview.isSuccess} disabled={disabled} onClick={() => preview.mutate(userId)}>
        {t('portalAccess.preview.button')}
      </Button>
      {preview.isError && <ErrorAlert title={t('portalAccess.preview.failed')} error={preview.error} />}
    </>
  );
}
