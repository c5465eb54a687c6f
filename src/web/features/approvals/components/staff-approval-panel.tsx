import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '../../../components/form-drawer';
import { useFormat } from '../../../lib/format';
import type { ApprovableRecord, ApprovalRecordType } from '../types';
import { ApprovalHistory, ApprovalStateBadge } from './approval-history';
import { RecordOnBehalfForm, RequestApprovalForm } from './staff-approval-forms';

/**
 * The approval part of a back-office order or work order: state and amount, "Request approval" (a work order
 * once completed; a new round after a decision), "Record on customer's behalf" while one is requested, and
 * the history with signatures.
 */
export function StaffApprovalPanel({ recordType, record, canWork, requestable }: { recordType: ApprovalRecordType; record: ApprovableRecord; canWork: boolean; requestable: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [requestOpened, request] = useDisclosure(false);
  const [onBehalfOpened, onBehalf] = useDisclosure(false);
  const requested = record.approvalState === 'requested';
  return (
    <Stack gap="xs" component="section" aria-label={t('approvals.staff.title')}>
      <Title order={2} fz="h4">
        {t('approvals.staff.title')}
      </Title>
      <Group gap="xs">
        <ApprovalStateBadge state={record.approvalState} />
        {record.approvalAmount !== null && <Text fw={600}>{format.cents(record.approvalAmount)}</Text>}
      </Group>
      {canWork && (
        <Group gap="xs">
          {!requested && (
            <Button variant="default" size="xs" onClick={request.open} disabled={!requestable} title={requestable ? undefined : t('approvals.staff.onlyCompleted')}>
              {t('approvals.staff.request')}
            </Button>
          )}
          {requested && (
            <Button variant="default" size="xs" onClick={onBehalf.open}>
              {t('approvals.staff.onBehalf')}
            </Button>
          )}
        </Group>
      )}
      {canWork && !requestable && !requested && <Text size="xs" c="dimmed">{t('approvals.staff.onlyCompleted')}</Text>}
      <ApprovalHistory recordType={recordType} recordId={record.id} />
      <FormDrawer opened={requestOpened} onClose={request.close} title={t('approvals.staff.request')}>
        <RequestApprovalForm recordType={recordType} recordId={record.id} initialAmount={record.approvalAmount} onDone={request.close} />
      </FormDrawer>
      <FormDrawer opened={onBehalfOpened} onClose={onBehalf.close} title={t('approvals.staff.onBehalf')}>
        <RecordOnBehalfForm recordType={recordType} recordId={record.id} onDone={onBehalf.close} />
      </FormDrawer>
    </Stack>
  );
}
