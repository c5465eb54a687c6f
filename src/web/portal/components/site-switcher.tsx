import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icons';
import { usePortalSites, useSiteFilter } from '../lib/site-filter';

const ALL = 'all';

/**
 * "All sites" or one of the user's sites. The choice narrows every list (siteId=…); the list of sites
 * is the API's answer for this user, so there is nothing to widen to.
 */
export function SiteSwitcher({ fullWidth = false }: { fullWidth?: boolean }) {
  const { t } = useTranslation('portal');
  const sites = usePortalSites();
  const { siteId, setSiteId } = useSiteFilter();
  const items = sites.data?.items ?? [];
  // A single site needs no switcher: "all sites" and that site are the same view.
  if (items.length < 2) return null;
  const nameById = new Map(items.map((site) => [site.id, site.name]));
  const data = [
    { value: ALL, label: t('sites.all') },
    ...items.map((site) => ({ value: site.id, label: site.parentId && nameById.has(site.parentId) && !site.name.startsWith(nameById.get(site.parentId)!) ? `${nameById.get(site.parentId)} › ${site.name}` : site.name })),
  ];
  return (
    <Select
      aria-label={t('sites.label')}
      data={data}
      value={siteId ?? ALL}
      onChange={(value) => setSiteId(!value || value === ALL ? null : value)}
      allowDeselect={false}
      searchable={items.length > 8}
      leftSection={<Icon name="mapPin" size={16} />}
      size="sm"
      w={fullWidth ? '100%' : 240}
      comboboxProps={{ withinPortal: true, width: 'target', position: 'bottom-start' }}
      maxDropdownHeight={320}
      styles={{ input: { fontWeight: 500 } }}
    />
  );
}
