import { Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EntityPicker } from '../../../components/entity-picker';
import { ApiFormLayout, FormDrawer } from '../../../components/form-drawer';
import { emptyToNull, useApiForm } from '../../../lib/api-form';
import { notifySuccess } from '../../../lib/notify';
import { useCustomerPicker } from '../../customers/use-customer-picker';
import { useSitePicker } from '../../sites/use-site-picker';
import { useCreateAsset } from '../api/create-asset';
import { useUpdateAsset } from '../api/update-asset';
import { ASSET_STATUSES } from '../types';
import type { Asset, AssetStatus } from '../types';
import { useAssetPicker } from '../use-asset-picker';

interface Values extends Record<string, unknown> {
  customerId: string | null;
  siteId: string | null;
  parentId: string | null;
  name: string;
  category: string;
  serialNumber: string;
  manufacturer: string;
  model: string;
  status: AssetStatus;
  nextDueDate: string;
  lastServiceDate: string;
  internalNotes: string;
}

interface Defaults {
  customerId?: string;
  siteId?: string | null;
  parentId?: string;
}

function AssetForm({ asset, defaults, onSaved, onCancel }: { asset?: Asset; defaults: Defaults; onSaved: (asset: Asset) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const form = useApiForm<Values>({
    customerId: asset?.customerId ?? defaults.customerId ?? null,
    siteId: asset?.siteId ?? defaults.siteId ?? null,
    parentId: asset?.parentId ?? defaults.parentId ?? null,
    name: asset?.name ?? '',
    category: asset?.category ?? '',
    serialNumber: asset?.serialNumber ?? '',
    manufacturer: asset?.manufacturer ?? '',
    model: asset?.model ?? '',
    status: asset?.status ?? 'active',
    nextDueDate: asset?.nextDueDate ?? '',
    lastServiceDate: asset?.lastServiceDate ?? '',
    internalNotes: asset?.internalNotes ?? '',
  });
  const create = useCreateAsset();
  const update = useUpdateAsset();
  const customerId = form.values.customerId ?? undefined;
  const customers = useCustomerPicker();
  const sites = useSitePicker({ customerId });
  const parents = useAssetPicker({ customerId });

  async function submit(values: Values) {
    const fields = {
      siteId: values.siteId,
      parentId: values.parentId,
      name: values.name.trim(),
      category: emptyToNull(values.category),
      serialNumber: emptyToNull(values.serialNumber),
      manufacturer: emptyToNull(values.manufacturer),
      model: emptyToNull(values.model),
      status: values.status,
      nextDueDate: emptyToNull(values.nextDueDate),
      lastServiceDate: emptyToNull(values.lastServiceDate),
      internalNotes: emptyToNull(values.internalNotes),
    };
    const saved = asset ? await update.mutateAsync({ id: asset.id, patch: fields }) : await create.mutateAsync({ ...fields, customerId: values.customerId ?? '' });
    notifySuccess(asset ? t('assets.saved') : t('assets.created'));
    onSaved(saved);
  }

  return (
    <ApiFormLayout form={form} onSubmit={submit} onCancel={onCancel} label={asset ? t('assets.edit') : t('assets.new')}>
      <EntityPicker
        label={t('common.customer')}
        required
        source={customers}
        value={form.values.customerId}
        onChange={(id) => {
          form.setValue('customerId', id);
          form.setValue('siteId', null);
          form.setValue('parentId', null);
        }}
        error={form.errors.customerId}
        disabled={Boolean(asset || defaults.customerId)}
        clearable={false}
      />
      <TextInput label={t('assets.fields.name')} required {...form.text('name')} data-autofocus />
      <EntityPicker
        label={t('assets.fields.parent')}
        description={t('assets.parentHint')}
        source={parents}
        value={form.values.parentId}
        onChange={(id, parent) => {
          form.setValue('parentId', id);
          // A sub-asset usually stands where its parent stands.
          if (parent && !form.values.siteId) form.setValue('siteId', parent.siteId);
        }}
        error={form.errors.parentId}
        disabled={!customerId}
      />
      <EntityPicker label={t('common.site')} source={sites} value={form.values.siteId} onChange={(id) => form.setValue('siteId', id)} error={form.errors.siteId} disabled={!customerId} />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TextInput label={t('assets.fields.category')} {...form.text('category')} />
        <Select
          label={t('common.status')}
          data={ASSET_STATUSES.map((status) => ({ value: status, label: t(`enums.assetStatus.${status}`) }))}
          value={form.values.status}
          onChange={(value) => value && form.setValue('status', value as AssetStatus)}
          error={form.errors.status}
          allowDeselect={false}
        />
        <TextInput label={t('assets.fields.manufacturer')} {...form.text('manufacturer')} />
        <TextInput label={t('assets.fields.model')} {...form.text('model')} />
        <TextInput label={t('assets.fields.serialNumber')} {...form.text('serialNumber')} />
        <span />
        <TextInput label={t('assets.fields.nextDueDate')} type="date" {...form.text('nextDueDate')} />
        <TextInput label={t('assets.fields.lastServiceDate')} type="date" {...form.text('lastServiceDate')} />
      </SimpleGrid>
      <Textarea label={t('assets.fields.internalNotes')} description={t('common.internalHint')} autosize minRows={2} maxRows={6} {...form.text('internalNotes')} />
    </ApiFormLayout>
  );
}

/** Create an asset (of a customer, at a site, under a parent asset) or edit one. */
export function AssetFormDrawer({
  opened,
  onClose,
  asset,
  customerId,
  siteId,
  parentId,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  asset?: Asset;
  customerId?: string;
  siteId?: string | null;
  parentId?: string;
  onSaved?: (asset: Asset) => void;
}) {
  const { t } = useTranslation();
  return (
    <FormDrawer opened={opened} onClose={onClose} title={asset ? t('assets.edit') : parentId ? t('assets.newChild') : t('assets.new')}>
      <AssetForm
        asset={asset}
        defaults={{ customerId, siteId, parentId }}
        onCancel={onClose}
        onSaved={(saved) => {
          onClose();
          onSaved?.(saved);
        }}
      />
    </FormDrawer>
  );
}
