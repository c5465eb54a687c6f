import { Badge, Button, Group, Paper, Stack, Tabs, Text, TypographyStylesProvider } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ConfirmArchiveButton } from '../../../components/confirm-archive-button';
import { EnumBadge } from '../../../components/enum-badge';
import { Icon } from '../../../components/icons';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { useFormat } from '../../../lib/format';
import { useStaffCan } from '../../../lib/permissions';
import { FilesPanel } from '../../files/components/files-panel';
import { useArchiveDocument } from '../api/archive-document';
import { useDocument } from '../api/get-document';
import { DocumentFormDrawer } from '../components/document-form';
import type { Document } from '../types';
import { ArchivedBadge } from '../../../components/archived-badge';

/** /staff/documents/:id: the text of an internal document and its attachments. */
export function DocumentDetailPage() {
  const { id = '' } = useParams();
  const document = useDocument(id);
  return <QueryState query={document}>{(data) => <DocumentDetail document={data} />}</QueryState>;
}

function DocumentDetail({ document }: { document: Document }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useFormat();
  const canManage = useStaffCan('manage_documents');
  const archive = useArchiveDocument();
  const [editOpened, edit] = useDisclosure(false);

  return (
    <Stack gap="lg">
      <PageHeader
        title={document.title}
        breadcrumbs={[{ label: t('staff.nav.documents'), to: '/staff/documents' }]}
        subtitle={t('documents.updated', { date: format.dateTime(document.updatedAt) })}
        badges={
          <Group gap={6}>
            <EnumBadge group="documentKind" value={document.kind} color="indigo" />
            <Badge variant="light" color="grape" radius="sm" leftSection={<Icon name="lock" size={12} />} style={{ textTransform: 'none' }}>
              {t('documents.internalOnly')}
            </Badge>
            <ArchivedBadge archivedAt={document.archivedAt} />
          </Group>
        }
        actions={
          canManage && (
            <>
              <Button variant="default" leftSection={<Icon name="pencil" size={16} />} onClick={edit.open}>
                {t('app.edit')}
              </Button>
              {!document.archivedAt && <ConfirmArchiveButton name={document.title} onConfirm={() => archive.mutateAsync(document.id)} onArchived={() => void navigate('/staff/documents')} />}
            </>
          )
        }
      />
      <Paper withBorder radius="md" p="xl">
        <TypographyStylesProvider>
          {document.body ? (
            <Text style={{ whiteSpace: 'pre-wrap' }}>{document.body}</Text>
          ) : (
            <Text c="dimmed">{t('documents.emptyBody')}</Text>
          )}
        </TypographyStylesProvider>
      </Paper>
      <Tabs defaultValue="files" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="files" leftSection={<Icon name="paperclip" size={16} />}>
            {t('files.title')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="files" pt="md">
          <FilesPanel resourceType="document" resourceId={document.id} canEdit={canManage} />
        </Tabs.Panel>
      </Tabs>
      <DocumentFormDrawer opened={editOpened} onClose={edit.close} document={document} />
    </Stack>
  );
}
