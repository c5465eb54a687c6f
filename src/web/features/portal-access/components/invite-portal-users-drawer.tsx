import { Alert, Button, Group, Stack, Switch, Tabs, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EntityPicker } from '../../../components/entity-picker';
import { ErrorAlert } from '../../../components/error-alert';
import { FormDrawer } from '../../../components/form-drawer';
import { PasswordField } from '../../../components/password-field';
import { emptyToNull } from '../../../lib/api-form';
import { notifySuccess } from '../../../lib/notify';
import { useContact } from '../../contacts/api/get-contact';
import { useContactPicker } from '../../contacts/use-contact-picker';
import { useCustomerPicker } from '../../customers/use-customer-picker';
import { useInvitePortalUsers } from '../api/invite-portal-users';
import { invitationFieldErrors } from '../invitation-errors';
import type { InvitationInput, InvitedUser, RoleTemplate } from '../types';
import { ContactSitesField } from './contact-sites-field';
import { InvitationLanguageSelect, useInvitationLanguage } from './invitation-language-select';
import { RoleTemplateSelect } from './role-template-select';
import { toSiteAccess } from '../access-draft';
import type { SiteRow } from '../access-draft';
import { SitesEditor } from './sites-editor';

type Errors = Partial<Record<'customerId' | 'contactId' | 'email' | 'displayName' | 'login' | 'roleTemplate' | 'sites' | 'initialPassword' | 'lines', string>>;

/** Field errors of an invitation answer; whatever cannot be pinned to a field goes to the alert. */
function useErrorState() {
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<unknown>(null);
  return { errors, setErrors, formError, setFormError };
}

function SingleInviteForm({ customerId: presetCustomerId, onInvited, onCancel }: { customerId?: string; onInvited: (users: InvitedUser[]) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const invite = useInvitePortalUsers();
  const [customerId, setCustomerId] = useState<string | null>(presetCustomerId ?? null);
  const [contactId, setContactId] = useState<string | null>(null);
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [login, setLogin] = useState('');
  const [roleTemplate, setRoleTemplate] = useState<RoleTemplate>('customer');
  const [locale, setLocale] = useInvitationLanguage();
  const [sites, setSites] = useState<SiteRow[]>([]);
  const [sitesFromContact, setSitesFromContact] = useState(true);
  const contact = useContact(contactId);
  const contactSiteIds = contactId ? (contact.data?.siteIds ?? []) : [];
  const inherits = sitesFromContact && contactSiteIds.length > 0;
  const [withPassword, setWithPassword] = useState(false);
  const [initialPassword, setInitialPassword] = useState('');
  const { errors, setErrors, formError, setFormError } = useErrorState();
  const customers = useCustomerPicker();
  const contacts = useContactPicker(customerId ? { customerId } : {});
  const clear = (field: keyof Errors) => setErrors((current) => ({ ...current, [field]: undefined }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors({});
    setFormError(null);
    if (!customerId) {
      setErrors({ customerId: t('form.required') });
      return;
    }
    const input: InvitationInput = {
      email: email.trim(),
      displayName: displayName.trim(),
      customerId,
      contactId,
      roleTemplate,
      locale,
      ...(emptyToNull(login) ? { login: login.trim() } : {}),
      ...(contactId ? { sitesFromContact } : {}),
      ...(!inherits && toSiteAccess(sites).length ? { sites: toSiteAccess(sites) } : {}),
      ...(withPassword ? { initialPassword } : {}),
    };
    invite
      .mutateAsync(input)
      .then((result) => {
        notifySuccess(withPassword ? t('portalAccess.invite.createdWithPassword') : t('portalAccess.invite.sent', { count: 1 }));
        onInvited(result.items);
      })
      .catch((error: unknown) => {
        const next: Errors = {};
        for (const found of invitationFieldErrors(error, t)) {
          // Without a login of its own, the login is the e-mail address: a taken login is the address's fault.
          const field = found.field === 'login' && !emptyToNull(login) ? 'email' : found.field;
          if (field in FIELD_NAMES) next[field as keyof Errors] ??= found.message;
        }
        setErrors(next);
        if (Object.keys(next).length === 0) setFormError(error);
      });
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('portalAccess.invite.singleForm')}>
      <Stack gap="md">
        <ErrorAlert title={t('portalAccess.invite.failed')} error={formError} />
        <EntityPicker
          source={customers}
          label={t('common.customer')}
          required
          value={customerId}
          onChange={(id) => {
            setCustomerId(id);
            setContactId(null);
            setSites([]);
            clear('customerId');
          }}
          error={errors.customerId}
        />
        <EntityPicker
          source={contacts}
          label={t('users.fields.contact')}
          description={t('portalAccess.invite.contactHint')}
          value={contactId}
          disabled={!customerId}
          onChange={(id, contact) => {
            setContactId(id);
            setSitesFromContact(true);
            clear('contactId');
            if (contact) {
              if (!email && contact.email) setEmail(contact.email);
              if (!displayName) setDisplayName(contact.name);
            }
          }}
          error={errors.contactId}
        />
        <TextInput label={t('users.fields.email')} type="email" required value={email} onChange={(e) => { setEmail(e.currentTarget.value); clear('email'); }} error={errors.email} name="email" />
        <TextInput label={t('users.fields.displayName')} required value={displayName} onChange={(e) => { setDisplayName(e.currentTarget.value); clear('displayName'); }} error={errors.displayName} name="displayName" />
        <TextInput label={t('portalAccess.fields.login')} description={t('portalAccess.invite.loginHint')} value={login} onChange={(e) => { setLogin(e.currentTarget.value); clear('login'); }} error={errors.login} name="login" autoComplete="off" />
        <RoleTemplateSelect value={roleTemplate} onChange={(value) => value && setRoleTemplate(value)} error={errors.roleTemplate} />
        <InvitationLanguageSelect value={locale} onChange={setLocale} />
        {contactId && contact.data && (
          <ContactSitesField
            contactName={contact.data.name}
            siteIds={contactSiteIds}
            checked={sitesFromContact}
            onChange={(checked) => {
              setSitesFromContact(checked);
              // Choosing own sites starts from the contact's, to adjust.
              if (!checked && sites.length === 0) setSites(contactSiteIds.map((siteId) => ({ siteId, level: 'read' })));
            }}
          />
        )}
        {!inherits && <SitesEditor customerId={customerId} value={sites} onChange={(rows) => { setSites(rows); clear('sites'); }} error={errors.sites} />}
        <Switch label={t('portalAccess.invite.withPassword')} description={t('portalAccess.invite.withPasswordHint')} checked={withPassword} onChange={(e) => setWithPassword(e.currentTarget.checked)} />
        {withPassword && (
          <PasswordField label={t('portalAccess.fields.initialPassword')} required autoComplete="new-password" value={initialPassword} onChange={(e) => setInitialPassword(e.currentTarget.value)} error={errors.initialPassword} name="initialPassword" />
        )}
        <Group justify="flex-end" gap="sm" mt="sm">
          <Button variant="default" onClick={onCancel} type="button">
            {t('app.cancel')}
          </Button>
          <Button type="submit" loading={invite.isPending}>
            {withPassword ? t('portalAccess.invite.create') : t('portalAccess.invite.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

const FIELD_NAMES: Record<keyof Errors, true> = { customerId: true, contactId: true, email: true, displayName: true, login: true, roleTemplate: true, sites: true, initialPassword: true, lines: true };

/** "email, name" per line; a line with only an address uses the part before the @ as the name. */
export function parseInviteLines(text: string): { people: { email: string; displayName: string; line: number }[]; badLines: number[] } {
  const people: { email: string; displayName: string; line: number }[] = [];
  const badLines: number[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const [emailPart, ...rest] = line.split(/[,;\t]/);
    const email = (emailPart ?? '').trim();
    const displayName = rest.join(',').trim() || email.split('@')[0] || '';
    if (!email.includes('@')) badLines.push(index + 1);
    else people.push({ email, displayName, line: index + 1 });
  });
  return { people, badLines };
}

function BulkInviteForm({ customerId: presetCustomerId, onInvited, onCancel }: { customerId?: string; onInvited: (users: InvitedUser[]) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const invite = useInvitePortalUsers();
  const customers = useCustomerPicker();
  const [customerId, setCustomerId] = useState<string | null>(presetCustomerId ?? null);
  const [roleTemplate, setRoleTemplate] = useState<RoleTemplate>('customer');
  const [locale, setLocale] = useInvitationLanguage();
  const [lines, setLines] = useState('');
  const { errors, setErrors, formError, setFormError } = useErrorState();
  const parsed = parseInviteLines(lines);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const local: Errors = {};
    if (!customerId) local.customerId = t('form.required');
    if (parsed.badLines.length) local.lines = t('portalAccess.bulk.badLines', { lines: parsed.badLines.join(', ') });
    else if (parsed.people.length === 0) local.lines = t('form.required');
    setErrors(local);
    if (Object.keys(local).length || !customerId) return;
    const invitations: InvitationInput[] = parsed.people.map((person) => ({ email: person.email, displayName: person.displayName, customerId, roleTemplate, locale }));
    invite
      .mutateAsync({ invitations })
      .then((result) => {
        notifySuccess(t('portalAccess.invite.sent', { count: result.items.length }));
        onInvited(result.items);
      })
      .catch((error: unknown) => {
        const found = invitationFieldErrors(error, t);
        const next: Errors = {};
        for (const item of found) {
          if (item.field === 'customerId' || item.field === 'roleTemplate') next[item.field] ??= item.message;
          else {
            const person = parsed.people[item.index];
            const message = person ? t('portalAccess.bulk.lineError', { line: person.line, email: person.email, message: item.message }) : item.message;
            next.lines = next.lines ? `${next.lines} ${message}` : message;
          }
        }
        setErrors(next);
        if (Object.keys(next).length === 0) setFormError(error);
      });
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('portalAccess.invite.bulkForm')}>
      <Stack gap="md">
        <ErrorAlert title={t('portalAccess.invite.failed')} error={formError} />
        <EntityPicker source={customers} label={t('common.customer')} required value={customerId} onChange={(id) => setCustomerId(id)} error={errors.customerId} />
        <RoleTemplateSelect value={roleTemplate} onChange={(value) => value && setRoleTemplate(value)} error={errors.roleTemplate} />
        <InvitationLanguageSelect value={locale} onChange={setLocale} />
        <Textarea
          label={t('portalAccess.bulk.lines')}
          description={t('portalAccess.bulk.linesHint')}
          placeholder={'anna.schmidt@example.com, Anna Schmidt\nb.weber@example.com, Ben Weber'}
          autosize
          minRows={6}
          maxRows={16}
          value={lines}
          onChange={(e) => {
            setLines(e.currentTarget.value);
            setErrors((current) => ({ ...current, lines: undefined }));
          }}
          error={errors.lines}
          name="lines"
        />
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('portalAccess.bulk.count', { count: parsed.people.length })}
        </Text>
        <Alert variant="light" color="blue">
          {t('portalAccess.bulk.allOrNothing')}
        </Alert>
        <Group justify="flex-end" gap="sm" mt="sm">
          <Button variant="default" onClick={onCancel} type="button">
            {t('app.cancel')}
          </Button>
          <Button type="submit" loading={invite.isPending}>
            {t('portalAccess.bulk.send', { count: parsed.people.length })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** "Invite portal users": one person with the details, or many at once from "email, name" lines. */
export function InvitePortalUsersDrawer({
  opened,
  onClose,
  customerId,
  onInvited,
}: {
  opened: boolean;
  onClose: () => void;
  /** Preselects the customer (from a customer's page). */
  customerId?: string;
  onInvited?: (users: InvitedUser[]) => void;
}) {
  const { t } = useTranslation();
  const done = (users: InvitedUser[]) => {
    onClose();
    onInvited?.(users);
  };
  return (
    <FormDrawer opened={opened} onClose={onClose} title={t('portalAccess.invite.title')}>
      <Tabs defaultValue="single" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="single">{t('portalAccess.invite.single')}</Tabs.Tab>
          <Tabs.Tab value="bulk">{t('portalAccess.invite.bulk')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="single">
          <SingleInviteForm customerId={customerId} onInvited={done} onCancel={onClose} />
        </Tabs.Panel>
        <Tabs.Panel value="bulk">
          <BulkInviteForm customerId={customerId} onInvited={done} onCancel={onClose} />
        </Tabs.Panel>
      </Tabs>
    </FormDrawer>
  );
}
