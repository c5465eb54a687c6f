import { ActionIcon, Anchor, Badge, Button, FileInput, Group, Select, Stack, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { Icon } from '../../../components/icons';
import { ResourceTable } from '../../../components/resource-table';
import type { Column } from '../../../components/resource-table';
import { mapApiError } from '../../../lib/api-form';
import { useFormat } from '../../../lib/format';
import { useLocalListState } from '../../../lib/use-list-state';
import { useFileTypes } from '../../file-types/api/list-file-types';
import { fileContentUrl, useArchiveFile } from '../api/archive-file';
import { useFiles } from '../api/list-files';
import { useUploadFile } from '../api/upload-file';
import type { FileOwnerType, FileRecord } from '../types';

/** The attachments of a record: download, upload with a file type, archive. */
export function FilesPanel({ resourceType, resourceId, canEdit }: { resourceType: FileOwnerType; resourceId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useLocalListState();
  const files = useFiles({ ...list.params, resourceType, resourceId });
  const archiveFile = useArchiveFile();

  const columns: Column<FileRecord>[] = [
    {
      key: 'filename',
      header: t('files.filename'),
      render: (file) => (
        <Anchor href={fileContentUrl(file.id)} download={file.filename} size="sm">
          {file.filename}
        </Anchor>
      ),
    },
    {
      key: 'type',
      header: t('files.fileType'),
      render: (file) => (
        <Group gap={6} wrap="nowrap">
          <Text size="sm">{file.fileTypeName}</Text>
          <Badge size="xs" variant="light" color={file.customerVisible ? 'teal' : 'grape'}>
            {file.customerVisible ? t('files.customerVisible') : t('files.internal')}
          </Badge>
        </Group>
      ),
    },
    { key: 'size', header: t('files.size'), render: (file) => format.bytes(file.sizeBytes), visibleFrom: 'sm' },
    { key: 'createdAt', header: t('files.uploadedAt'), render: (file) => format.dateTime(file.createdAt), visibleFrom: 'md' },
  ];
  if (canEdit) {
    columns.push({
      key: 'actions',
      header: '',
      width: 48,
      render: (file) => (
        <Tooltip label={t('files.archive')}>
          <ActionIcon variant="subtle" color="gray" aria-label={t('files.archiveNamed', { name: file.filename })} onClick={() => archiveFile.mutate(file.id)} loading={archiveFile.isPending && archiveFile.variables === file.id}>
            <Icon name="archive" size={16} />
          </ActionIcon>
        </Tooltip>
      ),
    });
  }

  return (
    <Stack gap="sm">
      <ErrorAlert title={t('files.archiveFailed')} error={archiveFile.error} />
      <ResourceTable
        label={t('files.title')}
        query={files}
        columns={columns}
        list={list}
        skeletonRows={2}
        empty={{ icon: 'paperclip', title: t('files.emptyTitle'), message: t('files.emptyMessage') }}
      />
      {canEdit && <UploadForm resourceType={resourceType} resourceId={resourceId} />}
    </Stack>
  );
}

function UploadForm({ resourceType, resourceId }: { resourceType: FileOwnerType; resourceId: string }) {
  const { t } = useTranslation();
  const fileTypes = useFileTypes({ limit: 200 });
  const upload = useUploadFile();
  const [file, setFile] = useState<File | null>(null);
  const [fileTypeId, setFileTypeId] = useState<string | null>(null);
  const [errors, setErrors] = useState<{ file?: string; fileTypeId?: string }>({});
  const [formError, setFormError] = useState<unknown>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing: typeof errors = {};
    if (!file) missing.file = t('files.chooseFile');
    if (!fileTypeId) missing.fileTypeId = t('files.chooseType');
    setErrors(missing);
    setFormError(null);
    if (!file || !fileTypeId) return;
    upload.mutate(
      { resourceType, resourceId, fileTypeId, file },
      {
        onSuccess: () => setFile(null),
        onError: (error) => {
          const mapped = mapApiError<{ fileTypeId: string }>(error, ['fileTypeId'], t);
          setErrors(mapped.fieldErrors);
          setFormError(mapped.formError);
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('files.upload')}>
      <Stack gap="xs">
        <ErrorAlert title={t('files.uploadFailed')} error={formError} />
        <Group align="flex-start" gap="sm" wrap="wrap">
          <FileInput
            label={t('files.file')}
            placeholder={t('files.chooseFile')}
            value={file}
            onChange={setFile}
            error={errors.file}
            clearable
            leftSection={<Icon name="paperclip" size={16} />}
            style={{ flex: '1 1 220px' }}
          />
          <Select
            label={t('files.fileType')}
            placeholder={t('files.chooseType')}
            data={(fileTypes.data?.items ?? []).map((type) => ({
              value: type.id,
              label: `${type.name} (${type.customerVisible ? t('files.customerVisible') : t('files.internal')})`,
            }))}
            value={fileTypeId}
            onChange={setFileTypeId}
            error={errors.fileTypeId}
            style={{ flex: '1 1 220px' }}
          />
          <Button type="submit" mt={25} loading={upload.isPending} leftSection={<Icon name="upload" size={16} />}>
            {t('files.upload')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
