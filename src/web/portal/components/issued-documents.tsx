import { Anchor, Button, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../components/icons';
import { apiUrl } from '../../lib/api-client';
import { useFormat } from '../../lib/format';
import { useAssetDocuments } from '../api/issued-documents';
import type { IssuedDocument } from '../lib/types';
import { ListRow, MetaLine } from './portal-list';
import { Section } from './section';

/** A report or certificate: its PDF to download, when it was issued, and its code with a link to verify it. */
export function IssuedDocumentRow({ document, indent = 0 }: { document: IssuedDocument; indent?: number }) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  const href = apiUrl(`/files/${encodeURIComponent(document.file.id)}/content`);
  return (
    <ListRow
      indent={indent}
      icon="fileText"
      title={
        <Anchor href={href} download={document.file.filename} fw={600} size="sm">
          {t(`assets.documentKind.${document.kind}`)}
        </Anchor>
      }
      meta={<MetaLine parts={[format.date(document.issuedAt), <Text key="code" span ff="monospace" size="xs">{t('assets.verificationCode', { code: document.verificationCode })}</Text>]} />}
      aside={
        <Button component={Link} to={`/verify/${document.verificationCode}`} variant="subtle" size="xs" leftSection={<Icon name="check" size={14} />}>
          {t('assets.verifyLink')}
        </Button>
      }
    />
  );
}

/** The asset passport's documents: every report and certificate of the work on the asset and under it. */
export function IssuedDocumentsSection({ assetId }: { assetId: string }) {
  const { t } = useTranslation('portal');
  const documents = useAssetDocuments(assetId);
  const items = documents.data?.items ?? [];
  return (
    <Section title={t('assets.documents')} count={documents.data ? items.length : undefined} description={t('assets.documentsHint')}>
      {documents.data && items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('assets.noDocuments')}
        </Text>
      ) : (
        <Paper withBorder radius="md">
          <Stack gap={0}>
            {items.map((document) => (
              <IssuedDocumentRow key={document.id} document={document} />
            ))}
          </Stack>
        </Paper>
      )}
    </Section>
  );
}
