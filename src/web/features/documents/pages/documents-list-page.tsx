import { SegmentedControl, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { EnumBadge } from '../../../components/enum-badge';
import { PageHeader, NewRecordButton } from '../../../components/page-header';
import { ResourceTable } from '../../../components/resource-table';
import type { Column } from '../../../components/resource-table';
import { useFormat } from '../../../lib/format';
import { useStaffCan } from '../../../lib/permissions';
import { useUrlListState } from '../../../lib/use-list-state';
import { useDocuments } from '../api/list-documents';
import { DocumentFormDrawer } from '../components/document-form';
import { DOCUMENT_KINDS } from '../types';
import type { DocumentSummary } from '../types';

/** /staff/documents: internal policies, procedures and lists (never shown in the portal). */
export function DocumentsListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useFormat();
  const canManage = useStaffCan('manage_documents');
  const list = useUrlListState(['kind'] as const);
  const documents = useDocuments(list.params);
  const [formOpened, form] = useDisclosure(false);
  const columns: Column<DocumentSummary>[] = [
    { key: 'title', header: t('documents.fields.title'), render: (doc) => doc.title },
    { key: 'kind', header: t('documents.fields.kind'), render: (doc) => <EnumBadge group="documentKind" value={doc.kind} color="indigo" /> },
    { key: 'updatedAt', header: t('common.updatedAt'), render: (doc) => format.dateTime(doc.updatedAt), visibleFrom: 'sm' },
  ];

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('staff.nav.documents')}
        subtitle={t('documents.intro')}
        actions={canManage && <NewRecordButton label={t('documents.new')} onClick={form.open} />}
      />
      <ResourceTable
        label={t('staff.nav.documents')}
        query={documents}
        columns={columns}
        list={list}
        searchLabel={t('documents.search')}
        filters={
          <SegmentedControl
            aria-label={t('documents.fields.kind')}
            value={list.filters.kind ?? 'all'}
            onChange={(value) => list.setFilter('kind', value === 'all' ? null : value)}
            data={[{ value: 'all', label: t('documents.allKinds') }, ...DOCUMENT_KINDS.map((kind) => ({ value: kind, label: t(`enums.documentKind.${kind}`) }))]}
          />
        }
        rowHref={(doc) => `/staff/documents/${doc.id}`}
        empty={{ icon: 'fileText', title: t('documents.emptyTitle'), message: t('documents.emptyMessage') }}
      />
      <DocumentFormDrawer opened={formOpened} onClose={form.close} onSaved={(doc) => void navigate(`/staff/documents/${doc.id}`)} />
    </Stack>
  );
}
