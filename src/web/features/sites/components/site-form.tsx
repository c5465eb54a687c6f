import { Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EntityPicker } from '../../../components/entity-picker';
import { ApiFormLayout, FormDrawer } from '../../../components/form-drawer';
import { emptyToNull, useApiForm } from '../../../lib/api-form';
import { notifySuccess } from '../../../lib/notify';
import { useCustomerPicker } from '../../customers/use-customer-picker';
import { useCreateSite } from '../api/create-site';
import { useUpdateSite } from '../api/update-site';
import { SITE_KINDS } from '../types';
import type { Site, SiteKind } from '../types';
import { useSitePicker } from '../use-site-picker';

interface Values extends Record<string, unknown> {
  customerId: string | null;
  parentId: string | null;
  name: string;
  kind: SiteKind;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  internalNotes: string;
}

function SiteForm({ site, customerId, parentId, onSaved, onCancel }: { site?: Site; customerId?: string; parentId?: string; onSaved: (site: Site) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const form = useApiForm<Values>({
    customerId: site?.customerId ?? customerId ?? null,
    parentId: site?.parentId ?? parentId ?? null,
    name: site?.name ?? '',
    kind: site?.kind ?? 'facility',
    street: site?.street ?? '',
    postalCode: site?.postalCode ?? '',
    city: site?.city ?? '',
    country: site?.country ?? '',
    internalNotes: site?.internalNotes ?? '',
  });
  const create = useCreateSite();
  const update = useUpdateSite();
  const customers = useCustomerPicker();
  const parents = useSitePicker({ customerId: form.values.customerId ?? undefined });

  async function submit(values: Values) {
    const fields = {
      parentId: values.parentId,
      name: values.name.trim(),
      kind: values.kind,
      street: emptyToNull(values.street),
      postalCode: emptyToNull(values.postalCode),
      city: emptyToNull(values.city),
      country: emptyToNull(values.country),
      internalNotes: emptyToNull(values.internalNotes),
    };
    const saved = site
      ? await update.mutateAsync({ id: site.id, patch: fields })
      : await create.mutateAsync({ ...fields, customerId: values.customerId ?? '' });
    notifySuccess(site ? t('sites.saved') : t('sites.created'));
    onSaved(saved);
  }

  return (
    <ApiFormLayout form={form} onSubmit={submit} onCancel={onCancel} label={site ? t('sites.edit') : t('sites.new')}>
      <EntityPicker
        label={t('common.customer')}
        required
        source={customers}
        value={form.values.customerId}
        onChange={(id) => {
          form.setValue('customerId', id);
          form.setValue('parentId', null);
        }}
        error={form.errors.customerId}
        disabled={Boolean(site || customerId)}
        clearable={false}
      />
      <TextInput label={t('sites.fields.name')} required {...form.text('name')} data-autofocus />
      <Select
        label={t('sites.fields.kind')}
        data={SITE_KINDS.map((kind) => ({ value: kind, label: t(`enums.siteKind.${kind}`) }))}
        value={form.values.kind}
        onChange={(value) => value && form.setValue('kind', value as SiteKind)}
        error={form.errors.kind}
        allowDeselect={false}
      />
      <EntityPicker
        label={t('sites.fields.parent')}
        description={t('sites.parentHint')}
        source={parents}
        value={form.values.parentId}
        onChange={(id) => form.setValue('parentId', id)}
        error={form.errors.parentId}
        disabled={!form.values.customerId}
      />
      <TextInput label={t('sites.fields.street')} {...form.text('street')} />
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        <TextInput label={t('sites.fields.postalCode')} {...form.text('postalCode')} />
        <TextInput label={t('sites.fields.city')} {...form.text('city')} />
        <TextInput label={t('sites.fields.country')} {...form.text('country')} />
      </SimpleGrid>
      <Textarea label={t('sites.fields.internalNotes')} description={t('common.internalHint')} autosize minRows={2} maxRows={6} {...form.text('internalNotes')} />
    </ApiFormLayout>
  );
}

/** Create a site (of `customerId`, under `parentId`) or edit `site`. */
export function SiteFormDrawer({
  opened,
  onClose,
  site,
  customerId,
  parentId,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  site?: Site;
  customerId?: string;
  parentId?: string;
  onSaved?: (site: Site) => void;
}) {
  const { t } = useTranslation();
  return (
    <FormDrawer opened={opened} onClose={onClose} title={site ? t('sites.edit') : t('sites.new')}>
      <SiteForm
        site={site}
        customerId={customerId}
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
