import { ActionIcon, Anchor, Box, Group, Skeleton, Text } from '@mantine/core';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../components/icons';
import type { ListParams } from '../../lib/resource';
import type { Asset } from '../lib/types';
import { usePortalList } from '../lib/use-portal-list';
import { PortalErrorAlert } from './detail-state';
import classes from './portal-list.module.css';

/** Sub-assets shown per expanded asset; beyond that, the asset's own page lists them all. */
const CHILDREN_PAGE = 100;

interface TreeProps {
  /** The page's site filter: sub-assets on other sites stay hidden too. */
  siteParams: ListParams;
  /** The row of one asset, indented `depth` levels (the list's own ListRow). */
  renderRow: (asset: Asset, depth: number) => ReactNode;
}

/**
 * One asset of the tree view with, when it has sub-assets the user can see, a button that shows them
 * below it, level by level. The button sits beside the row's link, never inside it.
 */
export function AssetTreeItem({ asset, depth = 0, ...props }: TreeProps & { asset: Asset; depth?: number }) {
  const { t } = useTranslation('portal');
  const [expanded, setExpanded] = useState(false);
  const count = asset.childCount ?? 0;
  return (
    <>
      <Group gap={0} wrap="nowrap" align="center">
        <Box w={36} pl={6} style={{ flexShrink: 0, marginLeft: depth * 28 }}>
          {count > 0 && (
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-expanded={expanded}
              aria-label={t(expanded ? 'assets.collapse' : 'assets.expand', { name: asset.name, count })}
              onClick={() => setExpanded(!expanded)}
            >
              <Icon name={expanded ? 'chevronDown' : 'chevronRight'} size={16} />
            </ActionIcon>
          )}
        </Box>
        <Box style={{ flex: 1, minWidth: 0 }}>{props.renderRow(asset, 0)}</Box>
      </Group>
      {expanded && <SubAssets parent={asset} depth={depth + 1} {...props} />}
    </>
  );
}

function SubAssets({ parent, depth, siteParams, renderRow }: TreeProps & { parent: Asset; depth: number }) {
  const { t } = useTranslation('portal');
  const children = usePortalList('/assets', { ...siteParams, parentId: parent.id, childCounts: true, sort: 'name' }, { limit: CHILDREN_PAGE });
  if (children.isPending) return <Skeleton height={14} width="40%" radius="sm" ml={depth * 28 + 48} my="sm" />;
  if (children.isError) return <PortalErrorAlert title={t('common.loadFailed')} error={children.error} />;
  const items = children.data.pages.flatMap((page) => page.items);
  return (
    <>
      <ul className={classes.list} aria-label={t('assets.subAssetsOf', { name: parent.name })} style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
        {items.map((child) => (
          <li key={child.id}>
            <AssetTreeItem asset={child} depth={depth} siteParams={siteParams} renderRow={renderRow} />
          </li>
        ))}
      </ul>
      {children.hasNextPage && (
        <Text size="sm" px="md" py="xs" ml={depth * 28 + 36}>
          <Anchor component={Link} to={`/portal/assets/${parent.id}`}>
            {t('assets.moreUnder', { name: parent.name })}
          </Anchor>
        </Text>
      )}
    </>
  );
}
