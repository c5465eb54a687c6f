import { Button, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/icons';
import { ResourceTable } from '../../../components/resource-table';
import { useLocalListState } from '../../../lib/use-list-state';
import { useWorkOrderReports } from '../api/list-work-order-reports';
import type { WorkOrder } from '../types';
import { useIssuedDocumentColumns } from './issued-document-columns';
import { ServiceReportFormDrawer } from './service-report-form';

/** The service reports and calibration certificates of a work order, and (for staff who may) issuing one. */
export function WorkOrderReportsPanel({ workOrder, canIssue }: { workOrder: WorkOrder; canIssue: boolean }) {
  const { t } = useTranslation();
  const list = useLocalListState();
  const reports = useWorkOrderReports(workOrder.id);
  const [formOpened, form] = useDisclosure(false);
  const hintId = useId();

  const columns = useIssuedDocumentColumns();

  const blocked = workOrder.archivedAt ? t('serviceReports.archived') : workOrder.status !== 'completed' ? t('serviceReports.notCompleted') : null;
  const actions = canIssue && (
    <Group gap="sm" wrap="nowrap">
      {blocked && (
        <Text id={hintId} size="sm" c="dimmed" maw={320} ta="right">
          {blocked}
        </Text>
      )}
      <Button variant="light" leftSection={<Icon name="fileText" size={16} />} onClick={form.open} disabled={blocked !== null} aria-describedby={blocked ? hintId : undefined}>
        {t('serviceReports.issue')}
      </Button>
    </Group>
  );

  return (
    <>
      <ResourceTable
        label={t('serviceReports.tableLabel')}
        query={reports}
        columns={columns}
        list={list}
        actions={actions}
        skeletonRows={2}
        empty={{ icon: 'fileText', title: t('serviceReports.emptyTitle'), message: t('serviceReports.emptyMessage') }}
      />
      {canIssue && !blocked && <ServiceReportFormDrawer opened={formOpened} onClose={form.close} workOrder={workOrder} />}
    </>
  );
}
