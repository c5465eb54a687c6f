export const SITE_KINDS = ['facility', 'address', 'branch', 'plant', 'building', 'other'] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

/** Server: sites.mapping.ts */
export interface Site {
  id: string;
  customerId: string;
  parentId: string | null;
  name: string;
  kind: SiteKind;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  country: string | null;
  internalNotes?: string | null;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}

interface SiteFields {
  parentId?: string | null;
  name: string;
  kind?: SiteKind;
  street?: string | null;
  postalCode?: string | null;
  city?: string | null;
  country?: string | null;
  internalNotes?: string | null;
}
export type SiteInput = SiteFields & { customerId: string };
/** No customerId: a site never changes customer. */
export type SitePatch = Partial<SiteFields>;
