import { RecordLink } from '../../../components/record-link';
import { useContact } from '../api/get-contact';
import type { Contact } from '../types';

export const contactLabel = (c: Contact) => c.name;

/** A contact by id: its name, linked to its page. */
export function ContactLink({ id }: { id: string | null | undefined }) {
  return (
    <RecordLink
      id={id}
      query={useContact(id)}
      label={contactLabel}
      to={(id) => `/staff/contacts/${id}`}
    />
  );
}
