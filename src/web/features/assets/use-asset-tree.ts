import { useTranslation } from 'react-i18next';
import type { TableTree } from '../../components/resource-table';
import { useAssets } from './api/list-assets';
import type { Asset } from './types';

/** Sub-assets loaded per expanded row; more than this and the row links to the parent's page. */
const CHILDREN_PAGE = 100;

function useChildAssets(parent: Asset) {
  return useAssets({ parentId: parent.id, childCounts: true, limit: CHILDREN_PAGE });
}

/** Asset lists as trees: each asset with sub-assets expands to them, level by level. */
export function useAssetTree(): TableTree<Asset> {
  const { t } = useTranslation();
  return {
    childCount: (asset) => asset.childCount ?? 0,
    useChildren: useChildAssets,
    toggleLabel: (asset, expanded) => t(expanded ? 'assets.tree.collapse' : 'assets.tree.expand', { name: asset.name, count: asset.childCount ?? 0 }),
    moreLabel: t('assets.tree.more'),
  };
}
