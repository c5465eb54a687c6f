import { Button, Drawer, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLE_TEMPLATES } from '../../features/portal-access/types';
import type { AccessPatch, RoleTemplate, UserAccess } from '../../features/portal-access/types';
import { notifySuccess } from '../../lib/notify';
import { useColleagueAccess, useRoleTemplates, useUpdateColleagueAccess } from '../api/colleagues';
import { useColleagueErrors } from '../lib/colleague-errors';
import type { ColleagueFormErrors } from '../lib/colleague-errors';
import type { PortalUser } from '../lib/types';
import { ColleagueFormAlert } from './colleague-invite-drawer';
import { ColleagueRoleSelect } from './colleague-role-select';
import { ColleagueSitesField, toSiteAccess } from './colleague-sites-field';
import type { SitesValue } from './colleague-sites-field';
import { PortalErrorAlert, PortalLoader } from './detail-state';

const isTemplate = (value: string | null): value is RoleTemplate => ROLE_TEMPLATES.includes(value as RoleTemplate);

function AccessForm({ colleague, access, onSaved, onCancel }: { colleague: PortalUser; access: UserAccess; onSaved: () => void; onCancel: () => void }) {
  const { t } = useTranslation('portal');
  const templates = useRoleTemplates(access.customerId);
  const current = isTemplate(access.roleTemplate) ? access.roleTemplate : null;
  const [role, setRole] = useState<RoleTemplate | null>(current);
  const [sites, setSites] = useState<SitesValue>({ restricted: access.sitesRestricted, rows: access.sites });
  const [errors, setErrors] = useState<ColleagueFormErrors>({ fields: {}, alert: null });
  const update = useUpdateColleagueAccess();
  const mapError = useColleagueErrors();
  const roleChanged = role !== null && role !== current;
  // The colleague's sites are their contact's, set by the service provider: shown, not edited here.
  const contactSites = access.siteSource === 'contact' && access.contact ? access.contact : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const siteAccess = toSiteAccess(sites);
    if (!contactSites && sites.restricted && siteAccess.length === 0) {
      setErrors({ fields: { sites: t('colleagues.errors.sitesRequired') }, alert: null });
      return;
    }
    setErrors({ fields: {}, alert: null });
    // Only a changed role is sent: applying a role resets the colleague's permissions to its defaults.
    const patch: AccessPatch = { ...(roleChanged ? { roleTemplate: role } : {}), ...(contactSites ? {} : { sitesRestricted: sites.restricted, sites: siteAccess }) };
    update
      .mutateAsync({ userId: colleague.id, patch })
      .then(() => {
        notifySuccess(t('colleagues.access.saved', { name: colleague.displayName }));
        onSaved();
      })
      .catch((error: unknown) => setErrors(mapError(error, { roleChanged })));
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('colleagues.access.title', { name: colleague.displayName })}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('colleagues.access.intro')}
        </Text>
        <ColleagueFormAlert alert={errors.alert} />
        <ColleagueRoleSelect
          options={templates.data?.items ?? []}
          value={role}
          current={current}
          loading={templates.isPending}
          placeholder={t('colleagues.access.customRole')}
          onChange={(value) => {
            setRole(value);
            setErrors((before) => ({ ...before, fields: { ...before.fields, roleTemplate: undefined } }));
          }}
          error={errors.fields.roleTemplate}
        />
        {roleChanged && (
          <Text size="xs" c="dimmed">
            {t('colleagues.access.roleResetHint')}
          </Text>
        )}
        {contactSites && (
          <Text size="sm">
            {t('colleagues.access.sitesFromContact', { name: contactSites.name, sites: contactSites.sites.map((site) => site.name).join(', ') })}
          </Text>
        )}
        {!contactSites && (
          <ColleagueSitesField
            customerId={access.customerId}
            value={sites}
            onChange={(value) => {
              setSites(value);
              setErrors((before) => ({ ...before, fields: { ...before.fields, sites: undefined } }));
            }}
            error={errors.fields.sites}
          />
        )}
        <Group justify="flex-end" gap="sm" mt="sm">
          <Button variant="default" type="button" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('colleagues.access.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function AccessLoader({ colleague, onClose }: { colleague: PortalUser; onClose: () => void }) {
  const { t } = useTranslation('portal');
  const access = useColleagueAccess(colleague.id);
  if (access.isPending) return <PortalLoader />;
  if (access.isError) return <PortalErrorAlert title={t('common.loadFailed')} error={access.error} />;
  return <AccessForm colleague={colleague} access={access.data} onSaved={onClose} onCancel={onClose} />;
}

/** "Edit access" of one colleague: role and sites; the server refuses anything beyond the admin's own access. */
export function ColleagueAccessDrawer({ colleague, onClose }: { colleague: PortalUser | null; onClose: () => void }) {
  const { t } = useTranslation('portal');
  return (
    <Drawer
      opened={colleague !== null}
      onClose={onClose}
      title={colleague ? t('colleagues.access.title', { name: colleague.displayName }) : ''}
      position="right"
      size="md"
      padding="lg"
      closeButtonProps={{ 'aria-label': t('colleagues.close') }}
    >
      {colleague && <AccessLoader key={colleague.id} colleague={colleague} onClose={onClose} />}
    </Drawer>
  );
}
