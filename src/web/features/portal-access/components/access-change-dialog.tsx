import { Alert, Anchor, Badge, Button, Group, List, Modal, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import type { KindChange, PreviewRecordType, RecordChange } from '../api/preview-access-change';

/** Where each previewed record type has its page in the back office. */
const RECORD_PATHS: Record<PreviewRecordType, string> = {
  site: 'sites',
  asset: 'assets',
  work_order: 'work-orders',
  project: 'projects',
  order: 'orders',
  ticket: 'tickets',
  schedule_entry: 'schedule',
  file: 'documents',
  user: 'users',
};

function ChangeCell({ change, type, sign, label }: { change: RecordChange; type: PreviewRecordType; sign: '+' | '−'; label: string }) {
  const { t } = useTranslation();
  if (change.count === 0) return <Text c="dimmed">—</Text>;
  const more = change.count - change.examples.length;
  return (
    <Stack gap={4}>
      <Badge variant="light" color={sign === '+' ? 'teal' : 'red'} style={{ alignSelf: 'flex-start' }}>
        {sign}
        {change.more ? t('portalAccess.changePreview.moreThan', { count: change.count }) : change.count}
      </Badge>
      <List size="sm" spacing={2} aria-label={label}>
        {change.examples.map((example) => (
          <List.Item key={example.id}>
            <Anchor component={Link} to={`/staff/${RECORD_PATHS[type]}/${example.id}`} size="sm" target="_blank">
              {example.name}
            </Anchor>
          </List.Item>
        ))}
      </List>
      {more > 0 && (
        <Text size="xs" c="dimmed">
          {t('portalAccess.changePreview.andMore', { count: more })}
        </Text>
      )}
    </Stack>
  );
}

/**
 * What an access change adds to and removes from what the user sees, as the access policy computes it
 * (POST /users/:id/access/preview), before the change is saved.
 */
export function AccessChangeDialog({
  kinds,
  opened,
  saving,
  error,
  onSave,
  onClose,
}: {
  kinds: KindChange[] | null;
  opened: boolean;
  saving: boolean;
  error: unknown;
  onSave: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const changed = (kinds ?? []).filter((kind) => kind.added.count > 0 || kind.removed.count > 0);
  return (
    <Modal opened={opened} onClose={onClose} title={t('portalAccess.changePreview.title')} size="xl">
      <Stack gap="md">
        <ErrorAlert title={t('form.saveFailed')} error={error} />
        {changed.length === 0 ? (
          <Alert color="gray">{t('portalAccess.changePreview.nothingChanges')}</Alert>
        ) : (
          <>
            <Text size="sm">{t('portalAccess.changePreview.intro')}</Text>
            <Table withTableBorder verticalSpacing="xs" aria-label={t('portalAccess.changePreview.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('portalAccess.changePreview.kind')}</Table.Th>
                  <Table.Th scope="col">{t('portalAccess.changePreview.added')}</Table.Th>
                  <Table.Th scope="col">{t('portalAccess.changePreview.removed')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {changed.map((kind) => {
                  const name = t(`portalAccess.changePreview.kinds.${kind.kind}`);
                  return (
                    <Table.Tr key={kind.kind}>
                      <Table.Th scope="row">{name}</Table.Th>
                      <Table.Td>
                        <ChangeCell change={kind.added} type={kind.type} sign="+" label={t('portalAccess.changePreview.addedOf', { kind: name })} />
                      </Table.Td>
                      <Table.Td>
                        <ChangeCell change={kind.removed} type={kind.type} sign="−" label={t('portalAccess.changePreview.removedOf', { kind: name })} />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </>
        )}
        <Text size="xs" c="dimmed">
          {t('portalAccess.changePreview.settingsNote')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('app.cancel')}
          </Button>
          <Button onClick={onSave} loading={saving}>
            {t('portalAccess.changePreview.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
