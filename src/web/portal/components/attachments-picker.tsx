import { localizedName } from '../../lib/localized-name';
import { ActionIcon, Button, FileButton, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icons';
import { useFormat } from '../../lib/format';
import { useFileTypes } from '../api/files';

/** The same file picked twice (or again in a second pick) is attached once. */
const sameFile = (a: File, b: File) => a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;

/**
 * Files to attach to a new request, and the file type they are filed under (only customer-visible types,
 * so the uploader sees them on the request afterwards). Nothing is sent until the request exists.
 */
export function AttachmentsPicker({
  files,
  onFilesChange,
  fileTypeId,
  onFileTypeChange,
  typeError,
}: {
  files: File[];
  onFilesChange: (files: File[]) => void;
  fileTypeId: string | null;
  onFileTypeChange: (id: string | null) => void;
  typeError?: string;
}) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  const fileTypes = useFileTypes(true);
  const options = (fileTypes.data?.items ?? []).filter((type) => type.customerVisible).map((type) => ({ value: type.id, label: localizedName(type) }));

  const add = (picked: File[]) => {
    onFilesChange([...files, ...picked.filter((file) => !files.some((chosen) => sameFile(chosen, file)))]);
    if (!fileTypeId && options.length === 1) onFileTypeChange(options[0]!.value);
  };

  return (
    <Stack gap="xs">
      <Group justify="space-between" gap="sm">
        <div>
          <Text size="sm" fw={500} id="attachments-label">
            {t('attachments.label')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('attachments.hint')}
          </Text>
        </div>
        <FileButton onChange={add} multiple>
          {(props) => (
            <Button {...props} variant="light" size="sm" leftSection={<Icon name="paperclip" size={16} />}>
              {t('attachments.add')}
            </Button>
          )}
        </FileButton>
      </Group>
      {files.length > 0 && (
        <>
          <Paper withBorder radius="md" component="ul" aria-labelledby="attachments-label" p={0} m={0} style={{ listStyle: 'none' }}>
            {files.map((file, index) => (
              <Group key={`${file.name}-${file.size}-${file.lastModified}`} component="li" justify="space-between" wrap="nowrap" px="md" py={6} style={index > 0 ? { borderTop: '1px solid var(--mantine-color-gray-2)' } : undefined}>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {file.name}{' '}
                  <Text span size="xs" c="dimmed">
                    {format.bytes(file.size)}
                  </Text>
                </Text>
                <ActionIcon variant="subtle" color="gray" aria-label={t('attachments.remove', { name: file.name })} onClick={() => onFilesChange(files.filter((_, i) => i !== index))}>
                  <Icon name="x" size={16} />
                </ActionIcon>
              </Group>
            ))}
          </Paper>
          <Select
            label={t('attachments.type')}
            placeholder={t('files.chooseType')}
            data={options}
            value={fileTypeId}
            onChange={onFileTypeChange}
            error={typeError}
            maw={320}
            comboboxProps={{ withinPortal: true }}
          />
        </>
      )}
    </Stack>
  );
}
