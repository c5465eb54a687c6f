import { Button, Checkbox, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EntityMultiPicker } from '../../../components/entity-picker';
import { ErrorAlert } from '../../../components/error-alert';
import { Icon } from '../../../components/icons';
import { notifySuccess } from '../../../lib/notify';
import { useAddGrants } from '../api/add-grants';
import { GRANT_TYPES, type GrantKind, type GrantType } from '../types';
import { useRecordPicker } from '../use-record-picker';
import { GrantKindControl } from './grant-kind-control';

/** The server's limit for one batch. */
const MAX_RECORDS = 200;
type Chosen = Partial<Record<GrantType, string[]>>;

function AddGrantsForm({ userId, customerId, userName, onDone }: { userId: string; customerId: string | null; userName: string; onDone: () => void }) {
  const { t } = useTranslation();
  const add = useAddGrants();
  const [type, setType] = useState<GrantType>('project');
  const [chosen, setChosen] = useState<Chosen>({});
  const [kind, setKind] = useState<GrantKind>('visible');
  const [notify, setNotify] = useState(true);
  const picker = useRecordPicker(type, customerId);
  const grants = GRANT_TYPES.flatMap((resourceType) => (chosen[resourceType] ?? []).map((resourceId) => ({ resourceType, resourceId, kind })));
  const summary = GRANT_TYPES.filter((resourceType) => (chosen[resourceType] ?? []).length > 0).map(
    (resourceType) => `${t(`portalAccess.resourceTypes.${resourceType}`)}: ${chosen[resourceType]!.length}`,
  );

  function grant() {
    add.mutate(
      { userId, batch: { grants, notify } },
      {
        onSuccess: () => {
          notifySuccess(t('portalAccess.addGrants.granted', { count: grants.length, name: userName }));
          onDone();
        },
      },
    );
  }

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('portalAccess.addGrants.intro')}
      </Text>
      <ErrorAlert title={t('portalAccess.record.failed')} error={add.error} />
      <Select
        label={t('portalAccess.addGrants.type')}
        data={GRANT_TYPES.map((value) => ({ value, label: t(`portalAccess.resourceTypes.${value}`) }))}
        value={type}
        onChange={(value) => value && setType(value as GrantType)}
        allowDeselect={false}
      />
      <EntityMultiPicker
        key={type}
        source={picker}
        label={t('portalAccess.addGrants.records', { type: t(`portalAccess.resourceTypes.${type}`) })}
        description={t('portalAccess.addGrants.recordsHint')}
        value={chosen[type] ?? []}
        onChange={(ids) => {
          setChosen((current) => ({ ...current, [type]: ids }));
          add.reset();
        }}
      />
      <Text size="sm" aria-live="polite">
        {grants.length === 0 ? t('portalAccess.addGrants.noneChosen') : t('portalAccess.addGrants.chosen', { count: grants.length, types: summary.join(', ') })}
      </Text>
      <GrantKindControl value={kind} onChange={setKind} />
      <Checkbox label={t('portalAccess.addGrants.notify')} checked={notify} onChange={(event) => setNotify(event.currentTarget.checked)} />
      {grants.length > MAX_RECORDS && (
        <Text size="sm" c="red">
          {t('portalAccess.addGrants.tooMany', { max: MAX_RECORDS })}
        </Text>
      )}
      <Group justify="flex-end">
        <Button onClick={grant} loading={add.isPending} disabled={grants.length === 0 || grants.length > MAX_RECORDS}>
          {t('portalAccess.addGrants.submit', { count: grants.length })}
        </Button>
      </Group>
    </Stack>
  );
}

/** "Add records…" on a portal user's page: grant projects, assets, work orders … of their customer in one go. */
export function AddGrantsButton({ userId, customerId, userName }: { userId: string; customerId: string | null; userName: string }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button variant="light" size="xs" leftSection={<Icon name="plus" size={14} />} onClick={open}>
        {t('portalAccess.addGrants.button')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('portalAccess.addGrants.title', { name: userName })} size="lg">
        {/* Mounted only while open, so each opening starts empty. */}
        {opened && <AddGrantsForm userId={userId} customerId={customerId} userName={userName} onDone={close} />}
      </Modal>
    </>
  );
}
