import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useAsset } from '../api/records';
import { DetailState } from '../components/detail-state';
import { PortalPageHeader } from '../components/page-header';
import { PortalList } from '../components/portal-list';
import { WorkOrderRow } from '../components/work-order-row';
import { useAssetDocuments } from '../api/issued-documents';
import { IssuedDocumentRow } from '../components/issued-documents';
import type { Asset, IssuedDocument } from '../lib/types';
import { usePortalList } from '../lib/use-portal-list';

function History({ asset }: { asset: Asset }) {
  const { t } = useTranslation('portal');
  const history = usePortalList('/assets/{id}/history', {}, { path: { id: asset.id } });
  // Each job's reports and certificates sit under it, so the history reads as the asset's timeline.
  const documents = useAssetDocuments(asset.id);
  const byWorkOrder = new Map<string, IssuedDocument[]>();
  for (const document of documents.data?.items ?? []) byWorkOrder.set(document.workOrderId, [...(byWorkOrder.get(document.workOrderId) ?? []), document]);
  return (
    <Stack gap="lg">
      <PortalPageHeader title={t('assets.historyOf', { name: asset.name })} back={{ to: `/portal/assets/${asset.id}`, label: asset.name }} subtitle={t('assets.historySubtitle')} />
      <PortalList
        label={t('assets.history')}
        query={history}
        empty={{ icon: 'history', title: t('assets.noHistoryTitle'), message: t('assets.noHistoryMessage') }}
        renderRow={(workOrder) => (
          <>
            <WorkOrderRow workOrder={workOrder} />
            {byWorkOrder.get(workOrder.id)?.map((document) => <IssuedDocumentRow key={document.id} document={document} indent={1} />)}
          </>
        )}
      />
    </Stack>
  );
}

/** /portal/assets/:id/history: service and calibration work on the asset and everything under it, newest first. */
export function AssetHistoryPage() {
  const { id } = useParams();
  const asset = useAsset(id);
  return <DetailState query={asset}>{(data) => <History asset={data} />}</DetailState>;
}
