import { Anchor, Skeleton, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useAsset, useSite } from '../api/records';
import { usePortalSites } from '../lib/site-filter';
import type { Site } from '../lib/types';

/** A site's name: from the switcher's list when it is there, else loaded by id (a user with many sites). */
export function useSiteName(siteId: string | null | undefined): string | null {
  const sites = usePortalSites();
  const listed = siteId ? sites.data?.items.find((site) => site.id === siteId) : undefined;
  const single = useSite(siteId && sites.isSuccess && !listed ? siteId : null);
  if (!siteId) return null;
  return (listed ?? single.data)?.name ?? null;
}

export function siteAddress(site: Pick<Site, 'street' | 'postalCode' | 'city'>): string | null {
  const place = [site.postalCode, site.city].filter(Boolean).join(' ');
  const parts = [site.street, place].filter(Boolean);
  return parts.length ? parts.join(', ') : null;
}

export function SiteName({ siteId }: { siteId: string | null | undefined }) {
  const name = useSiteName(siteId);
  if (!siteId) return null;
  return <>{name ?? '…'}</>;
}

/** A referenced asset by name, linked to its page; nothing when the user may not see it. */
export function AssetLink({ assetId, size = 'sm' }: { assetId: string | null | undefined; size?: 'xs' | 'sm' }) {
  const asset = useAsset(assetId);
  if (!assetId) return null;
  if (asset.isPending) return <Skeleton height={12} width={96} radius="sm" style={{ display: 'inline-block' }} />;
  if (asset.isError) return <Text span size={size} c="dimmed">—</Text>;
  return (
    <Anchor component={Link} to={`/portal/assets/${asset.data.id}`} size={size}>
      {asset.data.name}
    </Anchor>
  );
}
