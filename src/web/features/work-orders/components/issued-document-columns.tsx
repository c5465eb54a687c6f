import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/icons';
import type { Column } from '../../../components/resource-table';
import { useFormat } from '../../../lib/format';
import { fileContentUrl } from '../../files/api/archive-file';
import type { IssuedDocument } from '../types';

/** Kind, issue date, verification code and download of issued reports and certificates (work order and asset pages). */
export function useIssuedDocumentColumns(): Column<IssuedDocument>[] {
  const { t } = useTranslation();
  const format = useFormat();
  return [
    {
      key: 'kind',
      header: t('serviceReports.columns.kind'),
      render: (document) => (
        <Text span size="sm" fw={500}>
          {t(`serviceReports.kinds.${document.kind}`)}
        </Text>
      ),
      nowrap: true,
    },
    { key: 'issuedAt', header: t('serviceReports.columns.issuedAt'), render: (document) => format.dateTime(document.issuedAt), nowrap: true },
    {
      key: 'verificationCode',
      header: t('serviceReports.columns.verificationCode'),
      render: (document) => (
        <Text span ff="monospace" size="sm">
          {document.verificationCode}
        </Text>
      ),
      nowrap: true,
    },
    {
      key: 'file',
      header: t('serviceReports.columns.file'),
      render: (document) => (
        <Anchor href={fileContentUrl(document.file.id)} download={document.file.filename} size="sm" aria-label={t('serviceReports.downloadNamed', { code: document.verificationCode })}>
          <Group gap={4} component="span" wrap="nowrap">
            <Icon name="download" size={14} />
            {t('serviceReports.download')}
          </Group>
        </Anchor>
      ),
      nowrap: true,
    },
  ];
}
