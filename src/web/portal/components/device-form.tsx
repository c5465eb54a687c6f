import { Alert, Button, Drawer, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icons';
import { emptyToNull, useApiForm } from '../../lib/api-form';
import { everyOf } from '../../lib/api-types';
import { useSaveDevice, type DevicePatch } from '../api/devices';
import { useMyCustomers } from '../api/records';
import { usePortalAccess } from '../lib/portal-me';
import { usePortalSites } from '../lib/site-filter';
import type { Asset } from '../lib/types';
import { usePortalErrorMessage } from '../lib/use-portal-error';
import { AssetSelect } from './asset-select';

type DeviceStatus = NonNullable<DevicePatch['status']>;
const STATUSES = everyOf<DeviceStatus>()(['active', 'inactive', 'in_repair', 'decommissioned']);
const NO_SITE = '__none__';

type DeviceValues = {
  customerId: string | null;
  siteId: string | null;
  parentId: string | null;
  name: string;
  category: string;
  serialNumber: string;
  manufacturer: string;
  model: string;
  status: DeviceStatus;
};

function initialValues(device: Asset | undefined, parent: Asset | undefined, siteId: string | null): DeviceValues {
  return {
    customerId: device?.customerId ?? parent?.customerId ?? null,
    siteId: device ? device.siteId : (parent?.siteId ?? siteId),
    parentId: device?.parentId ?? parent?.id ?? null,
    name: device?.name ?? '',
    category: device?.category ?? '',
    serialNumber: device?.serialNumber ?? '',
    manufacturer: device?.manufacturer ?? '',
    model: device?.model ?? '',
    status: device?.status ?? 'active',
  };
}

/**
 * Adds or edits a device (SPEC "Live Site devices"). Only sites the user may write on are offered; the
 * server checks the same rules again and its objections land on the fields.
 */
function DeviceForm({ device, parent, siteId, onSaved, onCancel }: { device?: Asset; parent?: Asset; siteId: string | null; onSaved: (asset: Asset) => void; onCancel: () => void }) {
  const { t } = useTranslation('portal');
  const errorMessage = usePortalErrorMessage();
  const access = usePortalAccess();
  const sites = usePortalSites();
  const customers = useMyCustomers();
  const save = useSaveDevice(device?.id);
  const startSite = siteId && access.siteWritable(siteId) ? siteId : null;
  const form = useApiForm<DeviceValues>(initialValues(device, parent, device || parent ? siteId : startSite));
  const writableSites = (sites.data?.items ?? []).filter((site) => access.siteWritable(site.id));
  const siteOptions = [
    ...(access.facts.sitesRestricted ? [] : [{ value: NO_SITE, label: t('devices.noSite') }]),
    ...writableSites.map((site) => ({ value: site.id, label: site.name })),
  ];
  const customerList = customers.data?.items ?? [];
  const siteCustomer = writableSites.find((site) => site.id === form.values.siteId)?.customerId ?? null;
  // The device belongs to the customer of its site or parent; only a site-less, parent-less device asks.
  const askCustomer = !device && !form.values.parentId && !siteCustomer && customerList.length > 1;

  async function submit(values: DeviceValues) {
    const customerId = device ? undefined : (values.customerId ?? siteCustomer ?? (customerList.length === 1 ? customerList[0]!.id : undefined));
    const saved = await save.mutateAsync({
      ...(device ? { status: values.status } : { customerId, parentId: values.parentId }),
      siteId: values.siteId,
      name: values.name.trim(),
      category: emptyToNull(values.category),
      serialNumber: emptyToNull(values.serialNumber),
      manufacturer: emptyToNull(values.manufacturer),
      model: emptyToNull(values.model),
    });
    onSaved(saved);
  }

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label={device ? t('devices.editTitle', { name: device.name }) : t('devices.addTitle')}>
      <Stack gap="md">
        {form.formError ? (
          <Alert role="alert" color="red" variant="light" icon={<Icon name="alertCircle" />} title={t('devices.saveFailed')}>
            {errorMessage(form.formError)}
          </Alert>
        ) : null}
        <TextInput label={t('devices.name')} required {...form.text('name')} data-autofocus />
        <Select
          label={t('devices.site')}
          description={access.facts.sitesRestricted ? t('devices.siteHint') : undefined}
          data={siteOptions}
          value={form.values.siteId ?? (access.facts.sitesRestricted ? null : NO_SITE)}
          onChange={(value) => form.setValue('siteId', !value || value === NO_SITE ? null : value)}
          error={form.errors.siteId}
          required={access.facts.sitesRestricted}
          allowDeselect={false}
          searchable={siteOptions.length > 8}
          comboboxProps={{ withinPortal: true }}
        />
        {!device && (
          <AssetSelect
            label={t('devices.parent')}
            description={t('devices.parentHint')}
            value={form.values.parentId}
            siteId={null}
            onChange={(asset) => {
              form.setValue('parentId', asset?.id ?? null);
              if (asset) form.setValue('customerId', asset.customerId);
              if (asset?.siteId && access.siteWritable(asset.siteId)) form.setValue('siteId', asset.siteId);
            }}
          />
        )}
        {askCustomer && (
          <Select
            label={t('devices.customer')}
            data={customerList.map((customer) => ({ value: customer.id, label: customer.name }))}
            value={form.values.customerId}
            onChange={(value) => form.setValue('customerId', value)}
            error={form.errors.customerId}
            required
            comboboxProps={{ withinPortal: true }}
          />
        )}
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <TextInput label={t('devices.category')} {...form.text('category')} />
          <TextInput label={t('devices.serialNumber')} {...form.text('serialNumber')} />
          <TextInput label={t('devices.manufacturer')} {...form.text('manufacturer')} />
          <TextInput label={t('devices.model')} {...form.text('model')} />
        </SimpleGrid>
        {device && (
          <Select
            label={t('devices.status')}
            data={STATUSES.map((status) => ({ value: status, label: t(`enums.assetStatus.${status}`) }))}
            value={form.values.status}
            onChange={(value) => value && form.setValue('status', value as DeviceStatus)}
            error={form.errors.status}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
        )}
        <Group justify="flex-end" gap="sm" mt="sm">
          <Button variant="default" type="button" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {device ? t('devices.save') : t('devices.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The add/edit drawer; its form mounts only while open, so each opening starts fresh. */
export function DeviceDrawer({
  opened,
  onClose,
  device,
  parent,
  siteId = null,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  device?: Asset;
  parent?: Asset;
  siteId?: string | null;
  onSaved: (asset: Asset) => void;
}) {
  const { t } = useTranslation('portal');
  const title = device ? t('devices.editTitle', { name: device.name }) : parent ? t('devices.addUnder', { name: parent.name }) : t('devices.addTitle');
  return (
    <Drawer opened={opened} onClose={onClose} title={title} position="right" size="md" padding="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <DeviceForm device={device} parent={parent} siteId={siteId} onCancel={onClose} onSaved={onSaved} />
    </Drawer>
  );
}
