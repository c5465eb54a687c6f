import { useTranslation } from 'react-i18next';
import type { Column } from '../../../components/resource-table';
import { CustomerLink } from '../../customers/components/customer-link';
import type { Site } from '../types';

export function siteAddress(site: Pick<Site, 'street' | 'postalCode' | 'city' | 'country'>): string {
  const place = [site.postalCode, site.city].filter(Boolean).join(' ');
  return [site.street, place, site.country].filter(Boolean).join(', ');
}

export function useSiteColumns({ withCustomer = true }: { withCustomer?: boolean } = {}): Column<Site>[] {
  const { t } = useTranslation();
  const columns: Column<Site>[] = [{ key: 'name', header: t('sites.fields.name'), render: (site) => site.name }];
  if (withCustomer) columns.push({ key: 'customer', header: t('common.customer'), render: (site) => <CustomerLink id={site.customerId} /> });
  columns.push(
    { key: 'kind', header: t('sites.fields.kind'), render: (site) => t(`enums.siteKind.${site.kind}`), visibleFrom: 'sm' },
    { key: 'address', header: t('sites.fields.address'), render: (site) => siteAddress(site) || '—', visibleFrom: 'md' },
  );
  return columns;
}
