import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EntityMultiPicker, EntityPicker } from '../../../components/entity-picker';
import { ApiFormLayout, FormDrawer } from '../../../components/form-drawer';
import { emptyToNull, useApiForm } from '../../../lib/api-form';
import { notifySuccess } from '../../../lib/notify';
import { useCustomerPicker } from '../../customers/use-customer-picker';
import { useSitePicker } from '../../sites/use-site-picker';
import { useCreateContact } from '../api/create-contact';
import { useUpdateContact } from '../api/update-contact';
import type { Contact } from '../types';

interface Values extends Record<string, unknown> {
  customerId: string | null;
  name: string;
  email: string;
  phone: string;
  jobTitle: string;
  siteIds: string[];
}

function ContactForm({ contact, customerId, onSaved, onCancel }: { contact?: Contact; customerId?: string; onSaved: (contact: Contact) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const form = useApiForm<Values>({
    customerId: contact?.customerId ?? customerId ?? null,
    name: contact?.name ?? '',
    email: contact?.email ?? '',
    phone: contact?.phone ?? '',
    jobTitle: contact?.jobTitle ?? '',
    siteIds: contact?.siteIds ?? [],
  });
  const create = useCreateContact();
  const update = useUpdateContact();
  const customers = useCustomerPicker();
  const sites = useSitePicker({ customerId: form.values.customerId ?? undefined });

  async function submit(values: Values) {
    const fields = {
      name: values.name.trim(),
      email: emptyToNull(values.email),
      phone: emptyToNull(values.phone),
      jobTitle: emptyToNull(values.jobTitle),
      siteIds: values.siteIds,
    };
    const saved = contact ? await update.mutateAsync({ id: contact.id, patch: fields }) : await create.mutateAsync({ ...fields, customerId: values.customerId ?? '' });
    notifySuccess(contact ? t('contacts.saved') : t('contacts.created'));
    onSaved(saved);
  }

  return (
    <ApiFormLayout form={form} onSubmit={submit} onCancel={onCancel} label={contact ? t('contacts.edit') : t('contacts.new')}>
      <EntityPicker
        label={t('common.customer')}
        required
        source={customers}
        value={form.values.customerId}
        onChange={(id) => {
          form.setValue('customerId', id);
          form.setValue('siteIds', []);
        }}
        error={form.errors.customerId}
        disabled={Boolean(contact || customerId)}
        clearable={false}
      />
      <TextInput label={t('contacts.fields.name')} required {...form.text('name')} data-autofocus />
      <TextInput label={t('contacts.fields.jobTitle')} {...form.text('jobTitle')} />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TextInput label={t('contacts.fields.email')} type="email" {...form.text('email')} />
        <TextInput label={t('contacts.fields.phone')} type="tel" {...form.text('phone')} />
      </SimpleGrid>
      <EntityMultiPicker
        label={t('contacts.fields.sites')}
        description={t('contacts.sitesHint')}
        source={sites}
        value={form.values.siteIds}
        onChange={(ids) => form.setValue('siteIds', ids)}
        error={form.errors.siteIds}
        disabled={!form.values.customerId}
      />
    </ApiFormLayout>
  );
}

export function ContactFormDrawer({
  opened,
  onClose,
  contact,
  customerId,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  contact?: Contact;
  customerId?: string;
  onSaved?: (contact: Contact) => void;
}) {
  const { t } = useTranslation();
  return (
    <FormDrawer opened={opened} onClose={onClose} title={contact ? t('contacts.edit') : t('contacts.new')}>
      <ContactForm
        contact={contact}
        customerId={customerId}
        onCancel={onClose}
        onSaved={(saved) => {
          onClose();
          onSaved?.(saved);
        }}
      />
    </FormDrawer>
  );
}
