import { ActionIcon, Anchor, Button, Code, Fieldset, Group, NumberInput, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../app/i18n';
import { ApiFormLayout, FormDrawer } from '../../../components/form-drawer';
import { Icon } from '../../../components/icons';
import { SignaturePad } from '../../../components/signature-pad';
import { ApiError, isApiError } from '../../../lib/api-client';
import { useApiForm } from '../../../lib/api-form';
import { fileContentUrl } from '../../files/api/archive-file';
import { useIssueWorkOrderReport } from '../api/issue-work-order-report';
import { DOCUMENT_KINDS, REPORT_LANGUAGES } from '../types';
import type { DocumentKind, IssuedDocument, ReportLanguage, WorkOrder } from '../types';

interface PartRow {
  key: number;
  description: string;
  quantity: number | string;
}

interface Values extends Record<string, unknown> {
  workDone: string;
  parts: PartRow[];
  kind: DocumentKind;
  language: ReportLanguage;
  signerName: string;
  /** The drawn signature (PNG data URL); named as the API's field so its objections land under the pad. */
  signature: string | null;
}

/** Which rows count: a row left entirely blank is ignored rather than refused. */
function filledParts(parts: PartRow[]): PartRow[] {
  return parts.filter((part) => part.description.trim() !== '' || part.quantity !== '');
}

/** The API's objections that have a better sentence here than its English one (the alert shows the message). */
function localized(error: unknown, t: TFunction): unknown {
  if (!isApiError(error) || !['work_order_not_completed', 'invalid_signature', 'invalid_reference'].includes(error.code)) return error;
  return new ApiError(error.status, error.code, t(`serviceReports.errors.${error.code}`), error.requestId, error.details);
}

function ServiceReportForm({ workOrder, onIssued, onCancel }: { workOrder: WorkOrder; onIssued: (document: IssuedDocument) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const nextKey = useRef(1);
  const issue = useIssueWorkOrderReport(workOrder.id);
  const form = useApiForm<Values>(
    {
      workDone: workOrder.description ?? '',
      parts: [],
      kind: workOrder.kind === 'calibration' ? 'calibration_certificate' : 'service_report',
      language: currentLanguage(),
      signerName: '',
      signature: null,
    },
    {
      validate: (values) => {
        const errors: Partial<Record<keyof Values & string, string>> = {};
        if (filledParts(values.parts).some((part) => part.description.trim() === '' || !(Number(part.quantity) > 0))) errors.parts = t('serviceReports.validation.partIncomplete');
        if (values.signature && values.signerName.trim() === '') errors.signerName = t('serviceReports.validation.signerRequired');
        if (!values.signature && values.signerName.trim() !== '') errors.signature = t('serviceReports.validation.signatureMissing');
        return errors;
      },
    },
  );
  const parts = form.values.parts;

  function setPart(index: number, patch: Partial<PartRow>) {
    form.setValue(
      'parts',
      parts.map((part, i) => (i === index ? { ...part, ...patch } : part)),
    );
  }

  async function submit(values: Values) {
    try {
      const document = await issue.mutateAsync({
        workDone: values.workDone.trim(),
        parts: filledParts(values.parts).map((part) => ({ description: part.description.trim(), quantity: Number(part.quantity) })),
        kind: values.kind,
        language: values.language,
        ...(values.signature ? { signature: { name: values.signerName.trim(), image: values.signature } } : {}),
      });
      onIssued(document);
    } catch (error) {
      throw localized(error, t);
    }
  }

  return (
    <ApiFormLayout form={form} onSubmit={submit} onCancel={onCancel} label={t('serviceReports.issueTitle')} submitLabel={t('serviceReports.submit')}>
      <Textarea
        label={t('serviceReports.fields.workDone')}
        description={t('serviceReports.fields.workDoneHint')}
        required
        autosize
        minRows={4}
        maxRows={12}
        maxLength={10_000}
        {...form.text('workDone')}
        data-autofocus
      />
      <Fieldset legend={t('serviceReports.fields.parts')} variant="unstyled">
        <Stack gap="xs">
          <Text size="xs" c="dimmed">
            {t('serviceReports.fields.partsHint')}
          </Text>
          {parts.map((part, index) => (
            <Group key={part.key} gap="xs" align="flex-start" wrap="nowrap">
              <TextInput
                aria-label={t('serviceReports.fields.partDescription', { number: index + 1 })}
                placeholder={t('serviceReports.fields.partPlaceholder')}
                value={part.description}
                onChange={(event) => setPart(index, { description: event.currentTarget.value })}
                maxLength={300}
                style={{ flex: 1 }}
              />
              <NumberInput
                aria-label={t('serviceReports.fields.partQuantity', { number: index + 1 })}
                value={part.quantity}
                onChange={(value) => setPart(index, { quantity: value })}
                min={0}
                max={1_000_000}
                decimalScale={3}
                hideControls
                w={84}
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                size="input-sm"
                aria-label={t('serviceReports.fields.removePart', { number: index + 1 })}
                onClick={() =>
                  form.setValue(
                    'parts',
                    parts.filter((_, i) => i !== index),
                  )
                }
              >
                <Icon name="trash" size={16} />
              </ActionIcon>
            </Group>
          ))}
          {form.errors.parts && (
            <Text size="sm" c="red" role="alert">
              {form.errors.parts}
            </Text>
          )}
          <Group>
            <Button
              variant="light"
              size="xs"
              leftSection={<Icon name="plus" size={14} />}
              onClick={() => form.setValue('parts', [...parts, { key: nextKey.current++, description: '', quantity: 1 }])}
              disabled={parts.length >= 200}
            >
              {t('serviceReports.fields.addPart')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
      <Group gap="md" align="flex-start" wrap="wrap">
        <Select
          style={{ flex: '3 1 220px' }}
          label={t('serviceReports.fields.kind')}
          data={DOCUMENT_KINDS.map((kind) => ({ value: kind, label: t(`serviceReports.kinds.${kind}`) }))}
          value={form.values.kind}
          onChange={(value) => value && form.setValue('kind', value as DocumentKind)}
          error={form.errors.kind}
          allowDeselect={false}
        />
        <Select
          style={{ flex: '2 1 140px' }}
          label={t('serviceReports.fields.language')}
          data={REPORT_LANGUAGES.map((language) => ({ value: language, label: t(`language.${language}`) }))}
          value={form.values.language}
          onChange={(value) => value && form.setValue('language', value as ReportLanguage)}
          error={form.errors.language}
          allowDeselect={false}
        />
      </Group>
      <Fieldset legend={t('serviceReports.fields.signature')} variant="unstyled">
        <Stack gap="xs">
          <Text size="xs" c="dimmed">
            {t('serviceReports.fields.signatureHint')}
          </Text>
          <TextInput
            label={t('serviceReports.fields.signerName')}
            placeholder={t('serviceReports.fields.signerPlaceholder')}
            maxLength={200}
            autoComplete="off"
            {...form.text('signerName')}
          />
          <SignaturePad label={t('serviceReports.fields.signaturePad')} onChange={(image) => form.setValue('signature', image)} error={form.errors.signature} />
        </Stack>
      </Fieldset>
    </ApiFormLayout>
  );
}

/** After issuing: the code to read out and the PDF to hand over, for a while. */
function notifyIssued(document: IssuedDocument, t: TFunction) {
  notifications.show({
    color: 'green',
    withBorder: true,
    autoClose: 12_000,
    title: t(`serviceReports.issued.${document.kind}`),
    message: (
      <Stack gap={4}>
        <Text size="sm">
          {t('serviceReports.issuedCode')}: <Code fz="sm">{document.verificationCode}</Code>
        </Text>
        <Anchor href={fileContentUrl(document.file.id)} download={document.file.filename} size="sm">
          <Group gap={4} component="span" wrap="nowrap">
            <Icon name="download" size={14} />
            {t('serviceReports.openPdf')}
          </Group>
        </Anchor>
      </Stack>
    ),
  });
}

export function ServiceReportFormDrawer({ opened, onClose, workOrder }: { opened: boolean; onClose: () => void; workOrder: WorkOrder }) {
  const { t } = useTranslation();
  return (
    <FormDrawer opened={opened} onClose={onClose} title={t('serviceReports.issueTitle')}>
      <ServiceReportForm
        workOrder={workOrder}
        onCancel={onClose}
        onIssued={(document) => {
          onClose();
          notifyIssued(document, t);
        }}
      />
    </FormDrawer>
  );
}
