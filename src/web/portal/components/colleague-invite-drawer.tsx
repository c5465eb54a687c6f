import { Alert, Button, Drawer, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icons';
import type { RoleTemplate } from '../../features/portal-access/types';
import { notifySuccess } from '../../lib/notify';
import { currentLanguage } from '../../app/i18n';
import { useInviteColleague, useRoleTemplates } from '../api/colleagues';
import { useMyCustomers } from '../api/records';
import { useColleagueErrors } from '../lib/colleague-errors';
import type { ColleagueFormErrors } from '../lib/colleague-errors';
import { usePortalAccess } from '../lib/portal-me';
import { ColleagueRoleSelect } from './colleague-role-select';
import { ColleagueSitesField, toSiteAccess } from './colleague-sites-field';
import type { SitesValue } from './colleague-sites-field';

/** The form's alert: the server's objection in plain words, or a local hint. */
export function ColleagueFormAlert({ alert }: { alert: ColleagueFormErrors['alert'] }) {
  if (!alert) return null;
  return (
    <Alert role="alert" color="red" variant="light" icon={<Icon name="alertCircle" />} title={alert.title}>
      {alert.message}
    </Alert>
  );
}

function InviteColleagueForm({ onInvited, onCancel }: { onInvited: () => void; onCancel: () => void }) {
  const { t } = useTranslation('portal');
  const access = usePortalAccess();
  const multiCustomer = access.facts.customerIds.length > 1;
  const customers = useMyCustomers(multiCustomer);
  const [customerId, setCustomerId] = useState<string | null>(access.me.customerId ?? access.facts.customerIds[0] ?? null);
  const templates = useRoleTemplates(customerId);
  const allowed = (templates.data?.items ?? []).filter((option) => option.allowed);
  const [chosenRole, setChosenRole] = useState<RoleTemplate | null>(null);
  const role = chosenRole && allowed.some((option) => option.key === chosenRole) ? chosenRole : (allowed.find((option) => option.key === 'customer') ?? allowed[0])?.key ?? null;
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [sites, setSites] = useState<SitesValue>({ restricted: access.facts.sitesRestricted, rows: access.facts.sitesRestricted ? [{ siteId: null, level: 'read' }] : [] });
  const [errors, setErrors] = useState<ColleagueFormErrors>({ fields: {}, alert: null });
  const invite = useInviteColleague();
  // The colleague's invitation and portal start in the language the admin reads Portico in.
  const language = currentLanguage();
  const mapError = useColleagueErrors();
  const clear = (field: keyof ColleagueFormErrors['fields']) => setErrors((current) => ({ ...current, fields: { ...current.fields, [field]: undefined } }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const local: ColleagueFormErrors['fields'] = {};
    if (!customerId) local.customerId = t('colleagues.errors.customerRequired');
    if (!role) local.roleTemplate = t('colleagues.errors.roleRequired');
    const siteAccess = toSiteAccess(sites);
    if (sites.restricted && siteAccess.length === 0) local.sites = t('colleagues.errors.sitesRequired');
    setErrors({ fields: local, alert: null });
    if (Object.keys(local).length > 0 || !customerId || !role) return;
    invite
      .mutateAsync({ email: email.trim(), displayName: displayName.trim(), customerId, roleTemplate: role, locale: language, ...(siteAccess.length ? { sites: siteAccess } : {}) })
      .then(() => {
        notifySuccess(t('colleagues.invite.sent', { email: email.trim() }));
        onInvited();
      })
      .catch((error: unknown) => setErrors(mapError(error, { roleChanged: true })));
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('colleagues.invite.title')}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('colleagues.invite.intro')}
        </Text>
        <ColleagueFormAlert alert={errors.alert} />
        {templates.isSuccess && allowed.length === 0 && (
          <Alert color="yellow" variant="light" icon={<Icon name="lock" />}>
            {t('colleagues.invite.noRoles')}
          </Alert>
        )}
        <TextInput
          label={t('colleagues.fields.email')}
          type="email"
          name="email"
          autoComplete="off"
          required
          withAsterisk={false}
          value={email}
          onChange={(event) => {
            setEmail(event.currentTarget.value);
            clear('email');
          }}
          error={errors.fields.email}
          data-autofocus
        />
        <TextInput
          label={t('colleagues.fields.name')}
          name="displayName"
          required
          withAsterisk={false}
          value={displayName}
          onChange={(event) => {
            setDisplayName(event.currentTarget.value);
            clear('displayName');
          }}
          error={errors.fields.displayName}
          maxLength={200}
        />
        {multiCustomer && (
          <Select
            label={t('colleagues.fields.customer')}
            data={(customers.data?.items ?? []).filter((customer) => access.facts.customerIds.includes(customer.id)).map((customer) => ({ value: customer.id, label: customer.name }))}
            value={customerId}
            onChange={(value) => {
              setCustomerId(value);
              setSites((current) => ({ ...current, rows: current.restricted ? [{ siteId: null, level: 'read' }] : [] }));
              clear('customerId');
            }}
            allowDeselect={false}
            error={errors.fields.customerId}
            comboboxProps={{ withinPortal: true }}
          />
        )}
        <ColleagueRoleSelect
          options={templates.data?.items ?? []}
          value={role}
          loading={templates.isPending}
          onChange={(value) => {
            setChosenRole(value);
            clear('roleTemplate');
          }}
          error={errors.fields.roleTemplate}
        />
        <ColleagueSitesField
          customerId={customerId}
          value={sites}
          onChange={(value) => {
            setSites(value);
            clear('sites');
          }}
          error={errors.fields.sites}
        />
        <Group justify="flex-end" gap="sm" mt="sm">
          <Button variant="default" type="button" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={invite.isPending} disabled={templates.isSuccess && allowed.length === 0}>
            {t('colleagues.invite.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** "Invite colleague": the drawer's form mounts only while open, so each opening starts empty. */
export function InviteColleagueDrawer({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('portal');
  return (
    <Drawer opened={opened} onClose={onClose} title={t('colleagues.invite.title')} position="right" size="md" padding="lg" closeButtonProps={{ 'aria-label': t('colleagues.close') }}>
      <InviteColleagueForm onInvited={onClose} onCancel={onClose} />
    </Drawer>
  );
}
