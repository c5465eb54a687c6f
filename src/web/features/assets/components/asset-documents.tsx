import { useTranslation } from 'react-i18next';
import { ResourceTable } from '../../../components/resource-table';
import type { Column } from '../../../components/resource-table';
import { useLocalListState } from '../../../lib/use-list-state';
import { useIssuedDocumentColumns } from '../../work-orders/components/issued-document-columns';
import { WorkOrderLink } from '../../work-orders/components/work-order-link';
import type { IssuedDocument } from '../../work-orders/types';
import { useAssetDocuments } from '../api/list-asset-documents';
import type { Asset } from '../types';

/** The asset passport's documents: every report and certificate of the work on the asset and under it. */
export function AssetDocuments({ asset }: { asset: Asset }) {
  const { t } = useTranslation();
  const list = useLocalListState();
  const documents = useAssetDocuments(asset.id);
  const workOrder: Column<IssuedDocument> = { key: 'workOrder', header: t('staff.nav.workOrders'), render: (document) => <WorkOrderLink id={document.workOrderId} /> };
  const [kind, ...rest] = useIssuedDocumentColumns();
  return (
    <ResourceTable
      label={t('assets.documentsOf', { name: asset.name })}
      query={documents}
      columns={[kind!, workOrder, ...rest]}
      list={list}
      skeletonRows={2}
      empty={{ icon: 'fileText', title: t('assets.documentsEmptyTitle'), message: t('assets.documentsEmpty') }}
    />
  );
}
