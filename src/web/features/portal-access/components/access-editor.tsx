import { Badge, Button, Divider, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EntityMultiPicker, EntityPicker } from '../../../components/entity-picker';
import { ErrorAlert } from '../../../components/error-alert';
import { notifySuccess } from '../../../lib/notify';
import { useContact } from '../../contacts/api/get-contact';
import { useContactPicker } from '../../contacts/use-contact-picker';
import { useStaffGroupPicker } from '../../staff-groups/use-staff-group-picker';
import { useTicketStatusPicker } from '../../ticket-types/use-ticket-status-picker';
import { useTicketTypePicker } from '../../ticket-types/use-ticket-type-picker';
import { useUserPicker } from '../../users/use-user-picker';
import { changedFields, draftOf } from '../access-draft';
import type { AccessDraft } from '../access-draft';
import { useAccess } from '../api/get-access';
import { useRoleTemplateOptions } from '../api/list-role-templates';
import { usePreviewAccessChange } from '../api/preview-access-change';
import type { KindChange } from '../api/preview-access-change';
import { useUpdateAccess } from '../api/update-access';
import { ACCESS_MODES } from '../types';
import type { AccessModeKey, Capabilities, RoleTemplate, UserAccess } from '../types';
import { AccessChangeDialog } from './access-change-dialog';
import { AllowedIdsField, useOfferedIds } from './allowed-ids-field';
import { ContactSitesField } from './contact-sites-field';
import { RoleTemplateSelect } from './role-template-select';
import { SitesEditor } from './sites-editor';

const MODE_KEYS = Object.keys(ACCESS_MODES) as AccessModeKey[];
const SWITCHES = ['manageDevices', 'createTickets', 'uploadFiles', 'customerAdmin', 'approve'] as const;

/**
 * An external user's scope (sites), modes and capabilities, saved at once after a review of what the
 * change adds and removes; a template fills the modes and capabilities, which may then be adjusted.
 */
export function AccessEditor({ userId, canManage }: { userId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const access = useAccess(userId);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="access-title">
      <Stack gap="md">
        <Title order={2} fz="h4" id="access-title">
          {t('portalAccess.access.title')}
        </Title>
        <ErrorAlert title={t('portalAccess.access.loadFailed')} error={access.error} />
        {/* Remounted with each saved answer, so the fields show what the server stored. */}
        {access.data && <AccessForm key={JSON.stringify(access.data)} access={access.data} canManage={canManage} />}
      </Stack>
    </Paper>
  );
}

function AccessForm({ access, canManage }: { access: UserAccess; canManage: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateAccess();
  const preview = usePreviewAccessChange();
  const templates = useRoleTemplateOptions(access.customerId);
  const [review, setReview] = useState<KindChange[] | null>(null);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [draft, setDraft] = useState<AccessDraft>(() => draftOf(access));
  const change = (patch: Partial<AccessDraft>) => setDraft((current) => ({ ...current, ...patch }));
  // The stored contact comes with its sites; one chosen in the form is loaded.
  const chosenContact = useContact(draft.contactId !== access.contact?.id ? draft.contactId : null);
  const contact =
    draft.contactId === null
      ? null
      : draft.contactId === access.contact?.id
        ? { name: access.contact.name, siteIds: access.contact.sites.map((site) => site.id), archived: access.contact.archived }
        : chosenContact.data && { name: chosenContact.data.name, siteIds: chosenContact.data.siteIds, archived: chosenContact.data.archivedAt !== null };
  const contactSiteIds = contact?.siteIds ?? [];
  // The user's own sites are kept while the contact's apply, but only shown where they count.
  const inherits = !!contact && draft.sitesFromContact && contactSiteIds.length > 0;
  const customerParams = access.customerId ? { customerId: access.customerId } : {};
  const contacts = useContactPicker(customerParams);
  const ticketTypes = useTicketTypePicker(customerParams);
  const statuses = useTicketStatusPicker();
  const offeredTypes = useOfferedIds('/ticket-types', customerParams);
  const offeredStatuses = useOfferedIds('/ticket-statuses');
  const staff = useUserPicker({ kind: 'staff' });
  const groups = useStaffGroupPicker();
  const { modes, capabilities } = draft;
  const setCapability = <K extends keyof Capabilities>(key: K, value: Capabilities[K]) => change({ capabilities: { ...capabilities, [key]: value } });
  const patch = changedFields(access, draft);
  const unchanged = Object.keys(patch).length === 0;

  /** A template fills modes and capabilities with what it gives this customer; they can be adjusted before saving. */
  function applyTemplate(key: RoleTemplate | null) {
    const option = templates.data?.items.find((item) => item.key === key);
    if (!key || !option) return;
    change({ template: key, templateApplied: true, modes: option.modes, capabilities: option.capabilities });
  }

  function startReview() {
    setSaveError(null);
    preview.mutate({ userId: access.userId, patch }, { onSuccess: (result) => setReview(result.kinds) });
  }

  function save() {
    update
      .mutateAsync({ userId: access.userId, patch })
      .then(() => {
        setReview(null);
        notifySuccess(t('portalAccess.access.saved'));
      })
      .catch((cause: unknown) => setSaveError(cause));
  }

  return (
    <Stack gap="md">
      <ErrorAlert title={t('portalAccess.changePreview.failed')} error={preview.error} />
      <Group align="flex-end" gap="sm" wrap="wrap">
        <div style={{ flex: '1 1 320px' }}>
          <RoleTemplateSelect value={draft.template} onChange={applyTemplate} disabled={!canManage || !templates.data} />
        </div>
        {access.templateAdjusted && !draft.templateApplied && (
          <Badge variant="light" color="orange" mb={8} title={t('portalAccess.access.adjustedHint')}>
            {t('portalAccess.access.customized')}
          </Badge>
        )}
        {canManage && draft.template && (access.templateAdjusted || draft.templateApplied) && (
          <Button variant="subtle" mb={2} disabled={!templates.data} onClick={() => applyTemplate(draft.template)}>
            {t('portalAccess.access.resetToTemplate')}
          </Button>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {t('portalAccess.access.templateHint')}
      </Text>

      <Divider />
      <EntityPicker
        source={contacts}
        label={t('users.fields.contact')}
        description={t('portalAccess.access.contactHint')}
        value={draft.contactId}
        onChange={(contactId) => change({ contactId })}
        disabled={!canManage}
      />
      {contact && (
        <ContactSitesField
          contactName={contact.name}
          siteIds={contactSiteIds}
          archived={contact.archived}
          checked={draft.sitesFromContact}
          onChange={(sitesFromContact) => change({ sitesFromContact })}
          disabled={!canManage}
        />
      )}
      {!inherits && (
        <Switch
          label={t('portalAccess.access.sitesRestricted')}
          description={t('portalAccess.access.sitesRestrictedHint')}
          checked={draft.sitesRestricted}
          onChange={(event) => change({ sitesRestricted: event.currentTarget.checked })}
          disabled={!canManage}
        />
      )}
      {!inherits && draft.sitesRestricted && <SitesEditor customerId={access.customerId} value={draft.sites} onChange={(sites) => change({ sites })} />}

      <Divider />
      <Title order={3} fz="h5">
        {t('portalAccess.access.modesTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
        {MODE_KEYS.map((key) => (
          <Select
            key={key}
            label={t(`portalAccess.access.modes.${key}`)}
            data={ACCESS_MODES[key].map((value) => ({ value, label: t(`portalAccess.access.modeValues.${value}`) }))}
            value={modes[key]}
            onChange={(value) => value && change({ modes: { ...modes, [key]: value } })}
            allowDeselect={false}
            disabled={!canManage}
          />
        ))}
      </SimpleGrid>

      <Title order={3} fz="h5">
        {t('portalAccess.access.capabilitiesTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {SWITCHES.map((key) => (
          <Switch key={key} label={t(`portalAccess.access.capabilities.${key}`)} checked={capabilities[key]} onChange={(event) => setCapability(key, event.currentTarget.checked)} disabled={!canManage} />
        ))}
        {/* Entered in currency units, stored in integer cents; empty = no limit. */}
        <NumberInput
          label={t('portalAccess.access.capabilities.approvalLimit')}
          description={t('portalAccess.access.approvalLimitHint')}
          min={0}
          decimalScale={2}
          value={capabilities.approvalLimit === null ? '' : capabilities.approvalLimit / 100}
          onChange={(value) => setCapability('approvalLimit', typeof value === 'number' ? Math.round(value * 100) : null)}
          disabled={!canManage || !capabilities.approve}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <AllowedIdsField
          source={ticketTypes}
          offered={offeredTypes.data}
          label={t('portalAccess.access.capabilities.ticketTypeIds')}
          value={capabilities.ticketTypeIds}
          onChange={(ids) => setCapability('ticketTypeIds', ids)}
          disabled={!canManage || !capabilities.createTickets}
        />
        <AllowedIdsField source={statuses} offered={offeredStatuses.data} label={t('portalAccess.access.capabilities.statusIds')} value={capabilities.statusIds} onChange={(ids) => setCapability('statusIds', ids)} disabled={!canManage} />
        <EntityMultiPicker source={staff} label={t('portalAccess.access.capabilities.recipientUserIds')} value={capabilities.recipientUserIds} onChange={(ids) => setCapability('recipientUserIds', ids)} disabled={!canManage} />
        <EntityMultiPicker source={groups} label={t('portalAccess.access.capabilities.recipientGroupIds')} value={capabilities.recipientGroupIds} onChange={(ids) => setCapability('recipientGroupIds', ids)} disabled={!canManage} />
      </SimpleGrid>
      {canManage && (
        <Group justify="flex-end" gap="sm">
          {unchanged && (
            <Text size="sm" c="dimmed">
              {t('portalAccess.access.noChanges')}
            </Text>
          )}
          <Button onClick={startReview} disabled={unchanged} loading={preview.isPending}>
            {t('portalAccess.access.review')}
          </Button>
        </Group>
      )}
      <AccessChangeDialog kinds={review} opened={review !== null} saving={update.isPending} error={saveError} onSave={save} onClose={() => setReview(null)} />
    </Stack>
  );
}
