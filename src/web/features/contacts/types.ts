/** Server: contacts.mapping.ts */
export interface Contact {
  id: string;
  customerId: string;
  name: string;
  email: string | null;
  phone: string | null;
  jobTitle: string | null;
  /** The customer's sites (facilities) this person is related to. */
  siteIds: string[];
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}

interface ContactFields {
  name: string;
  email?: string | null;
  phone?: string | null;
  jobTitle?: string | null;
  siteIds?: string[];
}
export type ContactInput = ContactFields & { customerId: string };
export type ContactPatch = Partial<ContactFields>;
