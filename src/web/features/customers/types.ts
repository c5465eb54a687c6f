/** Portal areas that can be switched on or off per customer (server: customers.mapping.ts). */
export const PORTAL_AREAS = ['assets', 'work_orders', 'projects', 'devices', 'orders', 'tickets', 'schedule', 'files'] as const;
export type PortalArea = (typeof PORTAL_AREAS)[number];

export interface Customer {
  id: string;
  /** Set: this customer is a sub-account of that consolidated account. */
  parentId: string | null;
  number: string;
  name: string;
  email: string | null;
  phone: string | null;
  internalNotes?: string | null;
  portalAreas: PortalArea[];
  /** Staff only: the customer's portal users must sign in with a second factor. */
  portalMfaRequired?: boolean;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}

export interface CustomerInput {
  parentId?: string | null;
  number?: string;
  name: string;
  email?: string | null;
  phone?: string | null;
  internalNotes?: string | null;
  portalAreas?: PortalArea[];
  portalMfaRequired?: boolean;
}
export type CustomerPatch = Partial<CustomerInput>;
