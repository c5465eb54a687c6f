import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FileRow } from '../components/files-section';
import { ListToolbar, useUrlFilters } from '../components/list-toolbar';
import { PortalPageHeader } from '../components/page-header';
import { PortalList } from '../components/portal-list';
import { useSiteFilter } from '../lib/site-filter';
import { usePortalList } from '../lib/use-portal-list';

/** /portal/files: every file the user may download (customer-visible types on records they see), newest first. */
export function FilesPage() {
  const { t } = useTranslation('portal');
  const filters = useUrlFilters(['q'] as const);
  const site = useSiteFilter();
  const files = usePortalList('/files', { q: filters.values.q || undefined, sort: '-createdAt' }, {});
  return (
    <Stack gap="lg">
      <PortalPageHeader title={t('files.title')} subtitle={t('files.subtitle')} />
      {site.siteId && (
        <Alert variant="light" color="gray" py="xs">
          {t('files.allSitesNote')}
        </Alert>
      )}
      <ListToolbar q={filters.values.q} onSearch={(q) => filters.set('q', q)} searchLabel={t('files.search')} />
      <PortalList
        label={t('files.title')}
        query={files}
        filtered={filters.filtered}
        empty={{ icon: 'folder', title: t('files.emptyTitle'), message: t('files.emptyMessageAll') }}
        renderRow={(file) => <FileRow file={file} />}
      />
    </Stack>
  );
}
