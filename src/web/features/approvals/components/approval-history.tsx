import { Badge, Group, Image, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { useApprovalHistory } from '../api';
import type { Approval, ApprovalRecordType } from '../types';

const STATE_COLORS: Record<string, string> = { none: 'gray', requested: 'yellow', approved: 'green', declined: 'red' };

/** The record's approval state as a coloured badge. */
export function ApprovalStateBadge({ state }: { state: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATE_COLORS[state] ?? 'gray'} variant="light" data-testid="approval-state">
      {t(`approvals.states.${state}`)}
    </Badge>
  );
}

function Round({ approval }: { approval: Approval }) {
  const { t } = useTranslation();
  const format = useFormat();
  const who = approval.onBehalfOf ? t('approvals.recordedFor', { person: approval.onBehalfOf.customerPerson, staff: approval.decidedByName ?? '' }) : approval.decidedByName;
  return (
    <Paper withBorder radius="md" p="md" data-testid="approval-round">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <ApprovalStateBadge state={approval.state} />
            <Text fw={600}>{format.cents(approval.amount)}</Text>
          </Group>
          <Text size="xs" c="dimmed">
            {t('approvals.requestedBy', { name: approval.requestedByName ?? '—', at: format.dateTime(approval.requestedAt) })}
          </Text>
        </Group>
        {approval.message && <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{approval.message}</Text>}
        {approval.decidedAt && (
          <Text size="sm">
            {t(`approvals.decidedBy.${approval.state === 'declined' ? 'declined' : 'approved'}`, { name: who ?? '—', at: format.dateTime(approval.decidedAt) })}
          </Text>
        )}
        {approval.poReference && <Text size="sm">{t('approvals.poReferenceValue', { po: approval.poReference })}</Text>}
        {approval.declineReason && <Text size="sm">{t('approvals.reasonValue', { reason: approval.declineReason })}</Text>}
        {approval.onBehalfOf?.note && <Text size="sm">{t('approvals.evidenceValue', { note: approval.onBehalfOf.note })}</Text>}
        {approval.signature && <Image src={approval.signature} alt={t('approvals.signatureOf', { name: who ?? '' })} maw={240} fit="contain" bg="white" />}
      </Stack>
    </Paper>
  );
}

/** Every round of the record, newest first: amount, who asked and decided, PO reference, reason, signature. */
export function ApprovalHistory({ recordType, recordId }: { recordType: ApprovalRecordType; recordId: string }) {
  const { t } = useTranslation();
  const history = useApprovalHistory(recordType, recordId);
  const rounds = history.data?.items ?? [];
  if (rounds.length === 0) return null;
  return (
    <Stack gap="xs" aria-label={t('approvals.history')}>
      <Text fw={600} size="sm">
        {t('approvals.history')}
      </Text>
      {rounds.map((round) => (
        <Round key={round.id} approval={round} />
      ))}
    </Stack>
  );
}
