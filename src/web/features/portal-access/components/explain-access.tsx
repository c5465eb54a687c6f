import { Alert, Button, Group, List, Modal, Select, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { Fragment } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { EntityPicker } from '../../../components/entity-picker';
import { ErrorAlert } from '../../../components/error-alert';
import { Icon } from '../../../components/icons';
import { useExplainAccess } from '../api/explain-access';
import { EXPLAINABLE_TYPES } from '../types';
import type { ExplainableType, ExplanationStep, NamedType } from '../types';
import { RecordRef } from './record-ref';
import { usePortalUserPicker } from '../use-portal-user-picker';
import { useRecordPicker } from '../use-record-picker';

/** Types RecordRef links to their page; the others (schedule entries, files) show the name the server sent. */
const LINKED_TYPES: readonly NamedType[] = ['customer', 'site', 'asset', 'work_order', 'project', 'order', 'ticket', 'contact'];

/** One step of a reason in the reader's language, the record it names linked to its page. */
function ReasonStepText({ step }: { step: ExplanationStep }) {
  const { t } = useTranslation();
  const record = step.record;
  let named = <span />;
  if (record) named = LINKED_TYPES.includes(record.type) ? <RecordRef type={record.type} id={record.id} /> : <strong>{record.name}</strong>;
  return (
    <Trans
      i18nKey={`portalAccess.explain.codes.${step.code}`}
      values={{ area: step.area ? t(`enums.portalArea.${step.area}`) : '', type: record ? t(`portalAccess.explain.types.${record.type}`) : '' }}
      components={{ record: named }}
    />
  );
}

/** A reason: its steps, each holding because of the next. */
export function ReasonText({ steps }: { steps: ExplanationStep[] }) {
  const { t } = useTranslation();
  return (
    <>
      {steps.map((step, index) => (
        <Fragment key={index}>
          {index > 0 && t('portalAccess.explain.then')}
          <ReasonStepText step={step} />
        </Fragment>
      ))}
    </>
  );
}

/** The answer of GET /users/:id/explain: visible or not, and why. */
export function ExplainResult({ userId, resourceType, resourceId }: { userId: string | null; resourceType: ExplainableType | null; resourceId: string | null }) {
  const { t } = useTranslation();
  const explain = useExplainAccess(userId, resourceType, resourceId);
  if (!userId || !resourceType || !resourceId) return null;
  if (explain.isError) return <ErrorAlert title={t('portalAccess.explain.failed')} error={explain.error} />;
  if (!explain.data) return <Text size="sm" c="dimmed">{t('app.loading')}</Text>;
  const { visible, steps } = explain.data;
  return (
    <Alert
      role="status"
      aria-label={visible ? t('portalAccess.explain.visible') : t('portalAccess.explain.hidden')}
      color={visible ? 'green' : 'orange'}
      variant="light"
      icon={<Icon name={visible ? 'check' : 'alertCircle'} />}
      title={visible ? t('portalAccess.explain.visible') : t('portalAccess.explain.hidden')}
    >
      <Stack gap={6}>
        {steps.reasons.length > 0 && (
          <>
            <Text size="sm" fw={500}>
              {t('portalAccess.explain.reasons')}
            </Text>
            <List size="sm" spacing={2}>
              {steps.reasons.map((reason, index) => (
                <List.Item key={index}>
                  <ReasonText steps={reason} />
                </List.Item>
              ))}
            </List>
          </>
        )}
        {steps.denied && (
          <Text size="sm">
            <ReasonStepText step={steps.denied} />
          </Text>
        )}
      </Stack>
    </Alert>
  );
}

/** "Explain access…" on a portal user's page: pick a record type and a record, see the reasons. */
export function ExplainForUserButton({ userId, customerId }: { userId: string; customerId: string | null }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [type, setType] = useState<ExplainableType>('asset');
  const [recordId, setRecordId] = useState<string | null>(null);
  const records = useRecordPicker(type, type === 'customer' ? null : customerId);
  return (
    <>
      <Button variant="default" leftSection={<Icon name="search" size={16} />} onClick={open}>
        {t('portalAccess.explain.button')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('portalAccess.explain.title')} size="lg" closeButtonProps={{ 'aria-label': t('app.close') }}>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('portalAccess.explain.pick')}
          </Text>
          <Group grow align="flex-start">
            <Select
              label={t('portalAccess.fields.recordType')}
              data={EXPLAINABLE_TYPES.map((value) => ({ value, label: t(`portalAccess.resourceTypes.${value}`) }))}
              value={type}
              onChange={(value) => {
                if (!value) return;
                setType(value as ExplainableType);
                setRecordId(null);
              }}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
            />
            <EntityPicker key={type} source={records} label={t('portalAccess.fields.record')} value={recordId} onChange={(id) => setRecordId(id)} />
          </Group>
          <ExplainResult userId={userId} resourceType={type} resourceId={recordId} />
        </Stack>
      </Modal>
    </>
  );
}

/** "Explain for a user…" on a record's page: pick a portal user of the record's customer. */
export function ExplainForRecord({ resourceType, resourceId, customerId }: { resourceType: ExplainableType; resourceId: string; customerId: string | null }) {
  const { t } = useTranslation();
  const users = usePortalUserPicker(customerId);
  const [userId, setUserId] = useState<string | null>(null);
  return (
    <Stack gap="sm">
      <EntityPicker source={users} label={t('portalAccess.fields.user')} description={t('portalAccess.record.userHint')} value={userId} onChange={(id) => setUserId(id)} />
      <ExplainResult userId={userId} resourceType={resourceType} resourceId={resourceId} />
    </Stack>
  );
}
