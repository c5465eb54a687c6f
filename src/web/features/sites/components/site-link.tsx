import { RecordLink } from '../../../components/record-link';
import { useSite } from '../api/get-site';
import type { Site } from '../types';

export const siteLabel = (s: Site) => s.name;

/** A site by id: its name, linked to its page. */
export function SiteLink({ id }: { id: string | null | undefined }) {
  return (
    <RecordLink
      id={id}
      query={useSite(id)}
      label={siteLabel}
      to={(id) => `/staff/sites/${id}`}
    />
  );
}
