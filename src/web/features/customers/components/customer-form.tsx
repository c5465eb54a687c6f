import { Checkbox, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EntityPicker } from '../../../components/entity-picker';
import { ApiFormLayout, FormDrawer } from '../../../components/form-drawer';
import { emptyToNull, useApiForm } from '../../../lib/api-form';
import { notifySuccess } from '../../../lib/notify';
import { useCreateCustomer } from '../api/create-customer';
import { useUpdateCustomer } from '../api/update-customer';
import { PORTAL_AREAS } from '../types';
import type { Customer, CustomerPatch, PortalArea } from '../types';
import { useCustomerPicker } from '../use-customer-picker';

interface Values extends Record<string, unknown> {
  name: string;
  number: string;
  parentId: string | null;
  email: string;
  phone: string;
  internalNotes: string;
  portalAreas: PortalArea[];
  portalMfaRequired: boolean;
}

function valuesOf(customer: Customer | undefined, parentId: string | null): Values {
  return {
    name: customer?.name ?? '',
    number: customer?.number ?? '',
    parentId: customer?.parentId ?? parentId,
    email: customer?.email ?? '',
    phone: customer?.phone ?? '',
    internalNotes: customer?.internalNotes ?? '',
    portalAreas: customer?.portalAreas ?? [...PORTAL_AREAS],
    portalMfaRequired: customer?.portalMfaRequired ?? false,
  };
}

/** Create (no `customer`) or edit a customer; `parentId` pre-selects the consolidated account of a new one. */
function CustomerForm({ customer, parentId = null, onSaved, onCancel }: { customer?: Customer; parentId?: string | null; onSaved: (customer: Customer) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const form = useApiForm<Values>(valuesOf(customer, parentId), { conflictField: 'number' });
  const create = useCreateCustomer();
  const update = useUpdateCustomer();
  const parents = useCustomerPicker();

  async function submit(values: Values) {
    const fields: CustomerPatch = {
      name: values.name.trim(),
      parentId: values.parentId,
      email: emptyToNull(values.email),
      phone: emptyToNull(values.phone),
      internalNotes: emptyToNull(values.internalNotes),
      portalAreas: values.portalAreas,
      portalMfaRequired: values.portalMfaRequired,
    };
    const number = values.number.trim();
    let saved: Customer;
    if (customer) {
      saved = await update.mutateAsync({ id: customer.id, patch: number && number !== customer.number ? { ...fields, number } : fields });
      notifySuccess(t('customers.saved'));
    } else {
      saved = await create.mutateAsync({ ...fields, name: fields.name ?? '', ...(number ? { number } : {}) });
      notifySuccess(t('customers.created'));
    }
    onSaved(saved);
  }

  return (
    <ApiFormLayout form={form} onSubmit={submit} onCancel={onCancel} label={customer ? t('customers.edit') : t('customers.new')}>
      <TextInput label={t('customers.fields.name')} required {...form.text('name')} data-autofocus />
      <TextInput label={t('customers.fields.number')} description={customer ? undefined : t('customers.numberHint')} {...form.text('number')} />
      <EntityPicker
        label={t('customers.fields.parent')}
        description={t('customers.parentHint')}
        placeholder={t('customers.parentPlaceholder')}
        source={parents}
        value={form.values.parentId}
        onChange={(id) => form.setValue('parentId', id)}
        error={form.errors.parentId}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TextInput label={t('customers.fields.email')} type="email" {...form.text('email')} />
        <TextInput label={t('customers.fields.phone')} type="tel" {...form.text('phone')} />
      </SimpleGrid>
      <Checkbox.Group
        label={t('customers.fields.portalAreas')}
        description={t('customers.portalAreasHint')}
        value={form.values.portalAreas}
        onChange={(value) => form.setValue('portalAreas', value as PortalArea[])}
        error={form.errors.portalAreas}
      >
        <SimpleGrid cols={2} mt="xs" spacing="xs">
          {PORTAL_AREAS.map((area) => (
            <Checkbox key={area} value={area} label={t(`enums.portalArea.${area}`)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Checkbox
        label={t('customers.fields.portalMfaRequired')}
        description={t('customers.portalMfaRequiredHint')}
        checked={form.values.portalMfaRequired}
        onChange={(event) => form.setValue('portalMfaRequired', event.currentTarget.checked)}
      />
      <Stack gap={4}>
        <Textarea label={t('customers.fields.internalNotes')} autosize minRows={3} maxRows={8} {...form.text('internalNotes')} />
        <Text size="xs" c="dimmed">
          {t('common.internalHint')}
        </Text>
      </Stack>
    </ApiFormLayout>
  );
}

export function CustomerFormDrawer({
  opened,
  onClose,
  customer,
  parentId,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  customer?: Customer;
  parentId?: string | null;
  onSaved?: (customer: Customer) => void;
}) {
  const { t } = useTranslation();
  return (
    <FormDrawer opened={opened} onClose={onClose} title={customer ? t('customers.edit') : t('customers.new')}>
      <CustomerForm
        customer={customer}
        parentId={parentId}
        onCancel={onClose}
        onSaved={(saved) => {
          onClose();
          onSaved?.(saved);
        }}
      />
    </FormDrawer>
  );
}
