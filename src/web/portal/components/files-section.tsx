import { localizedName } from '../../lib/localized-name';
import { Anchor, Button, FileInput, Group, Paper, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icons';
import { apiUrl } from '../../lib/api-client';
import { useFormat } from '../../lib/format';
import { notifySuccess } from '../../lib/notify';
import { useFileTypes, useUploadFile } from '../api/files';
import { usePortalAccess } from '../lib/portal-me';
import type { FileOwnerType, FileRecord } from '../lib/types';
import { usePortalList } from '../lib/use-portal-list';
import { PortalErrorAlert } from './detail-state';
import { ListRow, MetaLine, PortalList } from './portal-list';
import { Section } from './section';

/** A file as a download link: the API streams it as an attachment with the session cookie. */
export function FileRow({ file }: { file: FileRecord }) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  return (
    <ListRow
      icon="paperclip"
      title={
        <Anchor href={apiUrl(`/files/${encodeURIComponent(file.id)}/content`)} download={file.filename} fw={600} size="sm" aria-label={t('files.download', { name: file.filename })}>
          {file.filename}
        </Anchor>
      }
      meta={<MetaLine parts={[file.fileTypeName, format.bytes(file.sizeBytes), format.date(file.createdAt)]} />}
      aside={
        <Button
          component="a"
          href={apiUrl(`/files/${encodeURIComponent(file.id)}/content`)}
          download={file.filename}
          variant="subtle"
          size="xs"
          leftSection={<Icon name="download" size={14} />}
          tabIndex={-1}
          aria-hidden="true"
        >
          {t('files.downloadShort')}
        </Button>
      }
    />
  );
}

function UploadForm({ resourceType, resourceId }: { resourceType: FileOwnerType; resourceId: string }) {
  const { t } = useTranslation('portal');
  const fileTypes = useFileTypes(true);
  const upload = useUploadFile(resourceType, resourceId);
  const [file, setFile] = useState<File | null>(null);
  const [fileTypeId, setFileTypeId] = useState<string | null>(null);
  const [errors, setErrors] = useState<{ file?: string; fileTypeId?: string }>({});
  const options = (fileTypes.data?.items ?? []).filter((type) => type.customerVisible).map((type) => ({ value: type.id, label: localizedName(type) }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next: typeof errors = {};
    if (!file) next.file = t('files.chooseFile');
    if (!fileTypeId) next.fileTypeId = t('files.chooseType');
    setErrors(next);
    if (!file || !fileTypeId) return;
    upload.mutate(
      { file, fileTypeId },
      {
        onSuccess: () => {
          setFile(null);
          notifySuccess(t('files.uploaded'));
        },
      },
    );
  }

  return (
    <Paper withBorder radius="md" p="md">
      <form onSubmit={submit} noValidate aria-label={t('files.uploadTitle')}>
        <Stack gap="sm">
          <PortalErrorAlert title={t('files.uploadFailed')} error={upload.error} />
          <Group gap="sm" align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
            <FileInput label={t('files.file')} placeholder={t('files.chooseFile')} value={file} onChange={setFile} error={errors.file} clearable leftSection={<Icon name="paperclip" size={16} />} miw={220} />
            <Select label={t('files.type')} placeholder={t('files.chooseType')} data={options} value={fileTypeId} onChange={setFileTypeId} error={errors.fileTypeId} miw={180} comboboxProps={{ withinPortal: true }} />
          </Group>
          <Group justify="flex-end">
            <Button type="submit" size="sm" variant="light" loading={upload.isPending} leftSection={<Icon name="upload" size={16} />}>
              {t('files.upload')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/**
 * The files of a record the user may see (only customer-visible file types come back), and an upload
 * form for users allowed to upload on this record's site. Hidden when the files area is off.
 */
export function FilesSection({ resourceType, resourceId, siteId }: { resourceType: FileOwnerType; resourceId: string; siteId: string | null }) {
  const { t } = useTranslation('portal');
  const access = usePortalAccess();
  const files = usePortalList('/files', { resourceType, resourceId, sort: '-createdAt' }, { enabled: access.has('files') });
  if (!access.has('files')) return null;
  const mayUpload = access.facts.capabilities.uploadFiles && !access.previewing && access.siteWritable(siteId);
  return (
    <Section title={t('files.title')}>
      <PortalList
        label={t('files.title')}
        query={files}
        renderRow={(file) => <FileRow file={file} />}
        empty={{ icon: 'paperclip', title: t('files.emptyTitle'), message: t('files.emptyMessage') }}
        skeletonRows={2}
        compactEmpty
      />
      {mayUpload && <UploadForm resourceType={resourceType} resourceId={resourceId} />}
    </Section>
  );
}
