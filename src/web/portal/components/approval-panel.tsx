import { Alert, Button, Group, Paper, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDecideApproval } from '../../features/approvals/api';
import { ApprovalHistory, ApprovalStateBadge } from '../../features/approvals/components/approval-history';
import { SignaturePad } from '../../components/signature-pad';
import type { ApprovableRecord, ApprovalDecision, ApprovalRecordType } from '../../features/approvals/types';
import { isApiError } from '../../lib/api-client';
import { useFormat } from '../../lib/format';
import { usePortalAccess } from '../lib/portal-me';
import { usePortalErrorMessage } from '../lib/use-portal-error';
import { Section } from './section';

/** Approve (PO reference, signature) or decline (reason) the open round; only for users with the approve capability. */
function DecisionForm({ recordType, record }: { recordType: ApprovalRecordType; record: ApprovableRecord }) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  const { facts } = usePortalAccess();
  const errorMessage = usePortalErrorMessage();
  const decide = useDecideApproval(recordType, record.id);
  const [poReference, setPoReference] = useState('');
  const [signature, setSignature] = useState<string | null>(null);
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const limit = facts.capabilities.approvalLimit;
  const overLimit = limit !== null && (record.approvalAmount ?? 0) > limit;

  function submit(decision: ApprovalDecision) {
    decide.mutate(decision === 'approved' ? { decision, poReference: poReference.trim() || null, signature } : { decision, reason });
  }

  // The limit error names the user's own limit in their language; other errors as the portal words them.
  const error = decide.error
    ? isApiError(decide.error, 'approval_limit_exceeded') && limit !== null
      ? t('approvals.limitExceeded', { limit: format.cents(limit), amount: format.cents(record.approvalAmount) })
      : errorMessage(decide.error)
    : null;

  return (
    <Stack gap="md">
      {overLimit && !decide.error && <Alert color="yellow">{t('approvals.overLimitHint', { limit: format.cents(limit) })}</Alert>}
      {error && (
        <Alert role="alert" color="red" title={t('approvals.failed')}>
          {error}
        </Alert>
      )}
      {declining ? (
        <Stack gap="sm">
          <Textarea label={t('approvals.reason')} required autosize minRows={2} maxLength={2000} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
          <Group>
            <Button color="red" onClick={() => submit('declined')} loading={decide.isPending} disabled={!reason.trim()}>
              {t('approvals.confirmDecline')}
            </Button>
            <Button variant="default" onClick={() => setDeclining(false)}>
              {t('approvals.cancel')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="sm">
          <TextInput label={t('approvals.poReference')} maxLength={100} value={poReference} onChange={(e) => setPoReference(e.currentTarget.value)} />
          <SignaturePad label={t('approvals.signature')} description={t('approvals.signatureHint')} onChange={setSignature} />
          <Group>
            <Button color="green" onClick={() => submit('approved')} loading={decide.isPending}>
              {t('approvals.approve')}
            </Button>
            <Button variant="default" color="red" onClick={() => setDeclining(true)}>
              {t('approvals.decline')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}

/**
 * The approval part of a portal order or work order: its state and amount, the approve and decline forms
 * while an approval is requested (approvers only, never in a preview), and the history.
 */
export function ApprovalPanel({ recordType, record }: { recordType: ApprovalRecordType; record: ApprovableRecord }) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  const { facts, previewing } = usePortalAccess();
  if (record.approvalState === 'none') return null;
  const mayDecide = record.approvalState === 'requested' && facts.capabilities.approve && !previewing;
  return (
    <Section title={t('approvals.title')}>
      <Paper withBorder radius="md" p="lg">
        <Stack gap="md">
          <Group gap="sm">
            <ApprovalStateBadge state={record.approvalState} />
            <Text fw={600} data-testid="approval-amount">
              {format.cents(record.approvalAmount)}
            </Text>
          </Group>
          {record.approvalState === 'requested' && !mayDecide && <Text size="sm" c="dimmed">{t('approvals.waiting')}</Text>}
          {mayDecide && <DecisionForm recordType={recordType} record={record} />}
        </Stack>
      </Paper>
      <ApprovalHistory recordType={recordType} recordId={record.id} />
    </Section>
  );
}
