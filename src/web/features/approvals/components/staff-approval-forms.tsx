import { Button, Group, NumberInput, SegmentedControl, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useFiles } from '../../files/api/list-files';
import { useDecideApproval, useRequestApproval } from '../api';
import type { ApprovalDecision, ApprovalRecordType } from '../types';

interface FormProps {
  recordType: ApprovalRecordType;
  recordId: string;
  onDone: () => void;
}

/** Ask the customer to approve an amount (entered in currency units, sent as integer cents) with an optional message. */
export function RequestApprovalForm({ recordType, recordId, onDone, initialAmount }: FormProps & { initialAmount: number | null }) {
  const { t } = useTranslation();
  const request = useRequestApproval(recordType, recordId);
  const [amount, setAmount] = useState<number | string>(initialAmount === null ? '' : initialAmount / 100);
  const [message, setMessage] = useState('');
  const cents = typeof amount === 'number' ? Math.round(amount * 100) : null;

  return (
    <Stack gap="md" component="form" aria-label={t('approvals.staff.request')} onSubmit={(event) => {
      event.preventDefault();
      if (cents !== null) request.mutate({ amount: cents, message: message.trim() || null }, { onSuccess: onDone });
    }}>
      <ErrorAlert title={t('form.saveFailed')} error={request.error} />
      <NumberInput label={t('approvals.staff.amount')} required min={0} decimalScale={2} fixedDecimalScale value={amount} onChange={setAmount} />
      <Textarea label={t('approvals.staff.message')} autosize minRows={3} maxLength={2000} value={message} onChange={(e) => setMessage(e.currentTarget.value)} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('app.cancel')}
        </Button>
        <Button type="submit" loading={request.isPending} disabled={cents === null}>
          {t('approvals.staff.requestSubmit')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Record a decision the customer took elsewhere: who decided, and a note and/or a file of the record as evidence. */
export function RecordOnBehalfForm({ recordType, recordId, onDone }: FormProps) {
  const { t } = useTranslation();
  const decide = useDecideApproval(recordType, recordId);
  const files = useFiles({ resourceType: recordType, resourceId: recordId, limit: 100 });
  const [decision, setDecision] = useState<ApprovalDecision>('approved');
  const [person, setPerson] = useState('');
  const [note, setNote] = useState('');
  const [fileId, setFileId] = useState<string | null>(null);
  const [poReference, setPoReference] = useState('');
  const [reason, setReason] = useState('');
  const hasEvidence = Boolean(note.trim() || fileId);
  const complete = person.trim() !== '' && hasEvidence && (decision === 'approved' || reason.trim() !== '');

  function submit() {
    const onBehalfOf = { customerPerson: person.trim(), note: note.trim() || null, fileId };
    decide.mutate(decision === 'approved' ? { decision, poReference: poReference.trim() || null, onBehalfOf } : { decision, reason, onBehalfOf }, { onSuccess: onDone });
  }

  return (
    <Stack gap="md" component="form" aria-label={t('approvals.staff.onBehalf')} onSubmit={(event) => {
      event.preventDefault();
      if (complete) submit();
    }}>
      <ErrorAlert title={t('form.saveFailed')} error={decide.error} />
      <SegmentedControl
        value={decision}
        onChange={(value) => setDecision(value as ApprovalDecision)}
        data={[
          { value: 'approved', label: t('approvals.staff.approved') },
          { value: 'declined', label: t('approvals.staff.declined') },
        ]}
      />
      <TextInput label={t('approvals.staff.customerPerson')} required maxLength={200} value={person} onChange={(e) => setPerson(e.currentTarget.value)} />
      <Textarea label={t('approvals.staff.evidenceNote')} description={t('approvals.staff.evidenceHint')} autosize minRows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
      <Select
        label={t('approvals.staff.evidenceFile')}
        clearable
        data={(files.data?.items ?? []).map((file) => ({ value: file.id, label: file.filename }))}
        value={fileId}
        onChange={setFileId}
      />
      {decision === 'approved' ? (
        <TextInput label={t('approvals.staff.poReference')} maxLength={100} value={poReference} onChange={(e) => setPoReference(e.currentTarget.value)} />
      ) : (
        <Textarea label={t('approvals.staff.reason')} required autosize minRows={2} maxLength={2000} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('app.cancel')}
        </Button>
        <Button type="submit" loading={decide.isPending} disabled={!complete}>
          {t('approvals.staff.recordSubmit')}
        </Button>
      </Group>
    </Stack>
  );
}
