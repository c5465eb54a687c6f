import { everyOf, type BodyOf, type ListItemOf } from '../../lib/api-types';

/**
 * An asset as lists give it (one fetched alone is the same without childCount). rootId: the top of its tree
 * (itself for a top-level asset); childCount: its direct sub-assets the caller can see, only in lists asked
 * for childCounts.
 */
export type Asset = ListItemOf<'/assets'>;
export type AssetInput = BodyOf<'/assets', 'post'>;
/** customerId is immutable. */
export type AssetPatch = BodyOf<'/assets/{id}', 'patch'>;

export type AssetStatus = Asset['status'];
export const ASSET_STATUSES = everyOf<AssetStatus>()(['active', 'inactive', 'in_repair', 'decommissioned']);
