import { ActionIcon, Button, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icons';
import type { SiteAccess, SiteLevel } from '../../features/portal-access/types';
import { useMyCustomers } from '../api/records';
import { usePortalAccess } from '../lib/portal-me';
import { usePortalSites } from '../lib/site-filter';
import type { Customer } from '../lib/types';

export interface SiteRow {
  siteId: string | null;
  level: SiteLevel;
}

/** A colleague's sites: every site of the customer, or only the listed ones (each read or write). */
export interface SitesValue {
  restricted: boolean;
  rows: SiteRow[];
}

/** The sites as the API takes them (rows without a site left out); none = every site. */
export function toSiteAccess(value: SitesValue): SiteAccess[] {
  return value.restricted ? value.rows.filter((row): row is SiteAccess => row.siteId !== null) : [];
}

/** The customer and every customer below it (a consolidated account's branches). */
function subtreeOf(customers: Customer[], rootId: string): Set<string> {
  const ids = new Set([rootId]);
  let grown = true;
  while (grown) {
    grown = false;
    for (const customer of customers) {
      if (customer.parentId && ids.has(customer.parentId) && !ids.has(customer.id)) {
        ids.add(customer.id);
        grown = true;
      }
    }
  }
  return ids;
}

/**
 * The sites the admin may hand on: only those they see themselves, "write" only where they may write;
 * a site-restricted admin cannot give "all sites". The server checks the same again.
 */
export function useGivableSites(customerId: string | null) {
  const access = usePortalAccess();
  const sites = usePortalSites();
  const multiCustomer = access.facts.customerIds.length > 1;
  const customers = useMyCustomers(multiCustomer);
  const inCustomer = multiCustomer && customerId ? subtreeOf(customers.data?.items ?? [], customerId) : null;
  const items = (sites.data?.items ?? []).filter((site) => !inCustomer || inCustomer.has(site.customerId));
  return {
    isPending: sites.isPending,
    items,
    mayGiveAllSites: !access.facts.sitesRestricted,
    writable: (siteId: string) => access.siteWritable(siteId),
  };
}

export function ColleagueSitesField({ customerId, value, onChange, error }: { customerId: string | null; value: SitesValue; onChange: (value: SitesValue) => void; error?: string }) {
  const { t } = useTranslation('portal');
  const givable = useGivableSites(customerId);
  const setRows = (rows: SiteRow[]) => onChange({ ...value, rows });
  const update = (index: number, patch: Partial<SiteRow>) => setRows(value.rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const known = new Set(givable.items.map((site) => site.id));
  const restricted = value.restricted || !givable.mayGiveAllSites;

  return (
    <Stack gap={6} role="group" aria-labelledby="colleague-sites-label">
      <Text size="sm" fw={500} id="colleague-sites-label">
        {t('colleagues.sites.label')}
      </Text>
      {givable.mayGiveAllSites ? (
        <SegmentedControl
          aria-label={t('colleagues.sites.scope')}
          value={restricted ? 'selected' : 'all'}
          onChange={(scope) => onChange({ restricted: scope === 'selected', rows: scope === 'selected' && value.rows.length === 0 ? [{ siteId: null, level: 'read' }] : value.rows })}
          data={[
            { value: 'all', label: t('colleagues.sites.all') },
            { value: 'selected', label: t('colleagues.sites.selected') },
          ]}
          style={{ alignSelf: 'flex-start' }}
        />
      ) : (
        <Text size="xs" c="dimmed">
          {t('colleagues.sites.ownOnly')}
        </Text>
      )}
      {restricted && (
        <>
          {value.rows.map((row, index) => {
            const taken = new Set(value.rows.filter((_, i) => i !== index).map((other) => other.siteId));
            const options = givable.items.filter((site) => !taken.has(site.id)).map((site) => ({ value: site.id, label: site.name }));
            // A site the colleague has but the admin does not see: shown, so it can be removed.
            if (row.siteId && !known.has(row.siteId)) options.push({ value: row.siteId, label: t('colleagues.sites.outside') });
            const writable = row.siteId ? givable.writable(row.siteId) : true;
            return (
              <Group key={index} gap="xs" wrap="nowrap" align="center">
                <Select
                  aria-label={t('colleagues.sites.siteN', { number: index + 1 })}
                  placeholder={t('colleagues.sites.choose')}
                  data={options}
                  value={row.siteId}
                  onChange={(siteId) => update(index, { siteId, level: siteId && !givable.writable(siteId) ? 'read' : row.level })}
                  searchable={options.length > 8}
                  allowDeselect={false}
                  comboboxProps={{ withinPortal: true }}
                  style={{ flex: 1, minWidth: 0 }}
                />
                <SegmentedControl
                  size="xs"
                  aria-label={t('colleagues.sites.levelN', { number: index + 1 })}
                  data={[
                    { value: 'read', label: t('colleagues.sites.read') },
                    { value: 'write', label: t('colleagues.sites.write'), disabled: !writable && row.level !== 'write' },
                  ]}
                  value={row.level}
                  onChange={(level) => update(index, { level: level as SiteLevel })}
                />
                <ActionIcon variant="subtle" color="gray" aria-label={t('colleagues.sites.removeN', { number: index + 1 })} onClick={() => setRows(value.rows.filter((_, i) => i !== index))}>
                  <Icon name="x" size={16} />
                </ActionIcon>
              </Group>
            );
          })}
          <Group>
            <Button
              variant="light"
              size="xs"
              leftSection={<Icon name="plus" size={14} />}
              disabled={givable.items.every((site) => value.rows.some((row) => row.siteId === site.id))}
              onClick={() => setRows([...value.rows, { siteId: null, level: 'read' }])}
            >
              {t('colleagues.sites.add')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            {t('colleagues.sites.writeHint')}
          </Text>
        </>
      )}
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
