import { Badge, Button, Divider, Group, Paper, Select, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EntityMultiPicker } from '../../../components/entity-picker';
import { ErrorAlert } from '../../../components/error-alert';
import { notifySuccess } from '../../../lib/notify';
import { useStaffGroupPicker } from '../../staff-groups/use-staff-group-picker';
import { useTicketStatusPicker } from '../../ticket-types/use-ticket-status-picker';
import { useTicketTypePicker } from '../../ticket-types/use-ticket-type-picker';
import { useUserPicker } from '../../users/use-user-picker';
import { useAccess } from '../api/get-access';
import { useUpdateAccess } from '../api/update-access';
import { ACCESS_MODES, ROLE_TEMPLATES } from '../types';
import type { AccessModeKey, AccessModes, AccessPatch, Capabilities, RoleTemplate, UserAccess } from '../types';
import { ContactSitesField } from './contact-sites-field';
import { RoleTemplateSelect } from './role-template-select';
import { SitesEditor, toSiteAccess } from './sites-editor';
import type { SiteRow } from './sites-editor';

const MODE_KEYS = Object.keys(ACCESS_MODES) as AccessModeKey[];
const SWITCHES = ['manageDevices', 'createTickets', 'uploadFiles', 'customerAdmin'] as const;
const isTemplate = (value: string | null): value is RoleTemplate => ROLE_TEMPLATES.includes(value as RoleTemplate);

/** An external user's scope (sites), modes and capabilities; a template resets modes and capabilities. */
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
  const [error, setError] = useState<unknown>(null);
  const [template, setTemplate] = useState<RoleTemplate | null>(isTemplate(access.roleTemplate) ? access.roleTemplate : null);
  const [sitesFromContact, setSitesFromContact] = useState(access.sitesFromContact);
  const [sitesRestricted, setSitesRestricted] = useState(access.sitesRestricted);
  const contactSiteIds = access.contact?.sites.map((site) => site.id) ?? [];
  // The user's own sites are kept while the contact's apply, but only shown where they count.
  const inherits = !!access.contact && sitesFromContact && contactSiteIds.length > 0;
  const [sites, setSites] = useState<SiteRow[]>(access.sites);
  const [modes, setModes] = useState<AccessModes>(access.modes);
  const [capabilities, setCapabilities] = useState<Capabilities>(access.capabilities);
  const customerParams = access.customerId ? { customerId: access.customerId } : {};
  const ticketTypes = useTicketTypePicker(customerParams);
  const statuses = useTicketStatusPicker();
  const staff = useUserPicker({ kind: 'staff' });
  const groups = useStaffGroupPicker();
  const setCapability = <K extends keyof Capabilities>(key: K, value: Capabilities[K]) => setCapabilities((current) => ({ ...current, [key]: value }));

  function save(patch: AccessPatch, message: string) {
    setError(null);
    update
      .mutateAsync({ userId: access.userId, patch })
      .then(() => notifySuccess(message))
      .catch((cause: unknown) => setError(cause));
  }

  return (
    <Stack gap="md">
      <ErrorAlert title={t('form.saveFailed')} error={error} />
      <Group align="flex-end" gap="sm" wrap="wrap">
        <div style={{ flex: '1 1 320px' }}>
          <RoleTemplateSelect value={template} onChange={setTemplate} />
        </div>
        {access.templateAdjusted && template === access.roleTemplate && (
          <Badge variant="light" color="orange" mb={8} title={t('portalAccess.access.applyHint')}>
            {t('portalAccess.access.customized')}
          </Badge>
        )}
        {canManage && (
          <Button variant="light" disabled={!template} loading={update.isPending && update.variables?.patch.roleTemplate !== undefined} onClick={() => template && save({ roleTemplate: template }, t('portalAccess.access.applied'))}>
            {t('portalAccess.access.apply')}
          </Button>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {t('portalAccess.access.applyHint')}
      </Text>

      <Divider />
      {access.contact && <ContactSitesField contactName={access.contact.name} siteIds={contactSiteIds} checked={sitesFromContact} onChange={setSitesFromContact} disabled={!canManage} />}
      {!inherits && (
        <Switch
          label={t('portalAccess.access.sitesRestricted')}
          description={t('portalAccess.access.sitesRestrictedHint')}
          checked={sitesRestricted}
          onChange={(event) => setSitesRestricted(event.currentTarget.checked)}
          disabled={!canManage}
        />
      )}
      {!inherits && sitesRestricted && <SitesEditor customerId={access.customerId} value={sites} onChange={setSites} />}
      {canManage && (
        <Group justify="flex-end">
          <Button variant="default" onClick={() => save({ sitesFromContact, sitesRestricted, sites: sitesRestricted ? toSiteAccess(sites) : [] }, t('portalAccess.access.saved'))}>
            {t('portalAccess.access.saveSites')}
          </Button>
        </Group>
      )}

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
            onChange={(value) => value && setModes((current) => ({ ...current, [key]: value }))}
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
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <EntityMultiPicker source={ticketTypes} label={t('portalAccess.access.capabilities.ticketTypeIds')} value={capabilities.ticketTypeIds} onChange={(ids) => setCapability('ticketTypeIds', ids)} disabled={!canManage || !capabilities.createTickets} />
        <EntityMultiPicker source={statuses} label={t('portalAccess.access.capabilities.statusIds')} value={capabilities.statusIds} onChange={(ids) => setCapability('statusIds', ids)} disabled={!canManage} />
        <EntityMultiPicker source={staff} label={t('portalAccess.access.capabilities.recipientUserIds')} value={capabilities.recipientUserIds} onChange={(ids) => setCapability('recipientUserIds', ids)} disabled={!canManage} />
        <EntityMultiPicker source={groups} label={t('portalAccess.access.capabilities.recipientGroupIds')} value={capabilities.recipientGroupIds} onChange={(ids) => setCapability('recipientGroupIds', ids)} disabled={!canManage} />
      </SimpleGrid>
      {canManage && (
        <Group justify="flex-end">
          <Button onClick={() => save({ modes, capabilities }, t('portalAccess.access.saved'))} loading={update.isPending && update.variables?.patch.modes !== undefined}>
            {t('portalAccess.access.saveModes')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
