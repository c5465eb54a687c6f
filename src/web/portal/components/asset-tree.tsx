import { Button, Center, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PortalErrorAlert } from './detail-state';
import { Section } from './section';
import { DueBadge } from './due-date';
import { ListRow, MetaLine } from './portal-list';
import { StatusBadge } from './status-badge';
import type { Asset } from '../lib/types';
import { usePortalList } from '../lib/use-portal-list';
import classes from './portal-list.module.css';

interface TreeRow {
  asset: Asset;
  level: number;
}

/** Depth-first order of the loaded sub-assets, siblings by name; rows whose parent is not loaded yet go last. */
function flatten(rootId: string, assets: Asset[]): TreeRow[] {
  const children = new Map<string, Asset[]>();
  for (const asset of assets) {
    const key = asset.parentId ?? '';
    children.set(key, [...(children.get(key) ?? []), asset]);
  }
  for (const list of children.values()) list.sort((a, b) => a.name.localeCompare(b.name));
  const rows: TreeRow[] = [];
  const seen = new Set<string>();
  const walk = (parentId: string, level: number) => {
    for (const asset of children.get(parentId) ?? []) {
      if (seen.has(asset.id)) continue;
      seen.add(asset.id);
      rows.push({ asset, level });
      walk(asset.id, level + 1);
    }
  };
  walk(rootId, 0);
  for (const asset of assets) if (!seen.has(asset.id)) rows.push({ asset, level: 0 });
  return rows;
}

/** Everything below an asset (`under=`), as an indented tree: plant room → boilers. Nothing for a leaf. */
export function SubAssetsSection({ asset }: { asset: Asset }) {
  const { t } = useTranslation('portal');
  const below = usePortalList('/assets', { under: asset.id, sort: 'name' }, { limit: 200 });
  const items = below.data?.pages.flatMap((page) => page.items) ?? [];
  if (below.isError) return <PortalErrorAlert title={t('common.loadFailed')} error={below.error} />;
  if (below.isPending || items.length === 0) return null;
  return (
    <Section title={t('assets.subAssets')} count={below.hasNextPage ? undefined : items.length}>
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        <ul className={classes.list} aria-label={t('assets.subAssets')}>
          {flatten(asset.id, items).map(({ asset: child, level }) => (
            <li key={child.id}>
              <ListRow
                to={`/portal/assets/${child.id}`}
                icon="box"
                indent={level}
                title={child.name}
                meta={<MetaLine parts={[child.category, child.serialNumber]} />}
                aside={
                  <>
                    {child.status !== 'active' && <StatusBadge group="assetStatus" value={child.status} />}
                    <DueBadge date={child.nextDueDate} />
                  </>
                }
              />
            </li>
          ))}
        </ul>
      </Paper>
      {below.hasNextPage && (
        <Center>
          <Button variant="default" size="sm" loading={below.isFetchingNextPage} onClick={() => void below.fetchNextPage()}>
            {t('common.showMore')}
          </Button>
        </Center>
      )}
    </Section>
  );
}
