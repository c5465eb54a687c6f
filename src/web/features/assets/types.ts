export const ASSET_STATUSES = ['active', 'inactive', 'in_repair', 'decommissioned'] as const;
export type AssetStatus = (typeof ASSET_STATUSES)[number];

/** Server: assets.mapping.ts */
export interface Asset {
  id: string;
  customerId: string;
  siteId: string | null;
  parentId: string | null;
  /** Top of this asset's tree (itself for a top-level asset). */
  rootId: string;
  depth: number;
  projectId: string | null;
  name: string;
  category: string | null;
  serialNumber: string | null;
  manufacturer: string | null;
  model: string | null;
  status: AssetStatus;
  nextDueDate: string | null;
  lastServiceDate: string | null;
  customFields: Record<string, string | number | boolean | null>;
  internalNotes?: string | null;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
  /** Direct sub-assets the caller can see; only in lists asked for childCounts. */
  childCount?: number;
}

interface AssetFields {
  siteId?: string | null;
  parentId?: string | null;
  projectId?: string | null;
  name: string;
  category?: string | null;
  serialNumber?: string | null;
  manufacturer?: string | null;
  model?: string | null;
  status?: AssetStatus;
  nextDueDate?: string | null;
  lastServiceDate?: string | null;
  customFields?: Record<string, string | number | boolean | null>;
  internalNotes?: string | null;
}
export type AssetInput = AssetFields & { customerId: string };
/** customerId is immutable. */
export type AssetPatch = Partial<AssetFields>;
