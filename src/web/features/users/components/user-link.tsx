import { RecordLink } from '../../../components/record-link';
import { useUser } from '../api/get-user';
import type { User } from '../types';

export const userLabel = (u: User) => u.displayName;

/** A user by id: its name, linked to its page. */
export function UserLink({ id }: { id: string | null | undefined }) {
  return (
    <RecordLink
      id={id}
      query={useUser(id)}
      label={userLabel}
      to={(id) => `/staff/users/${id}`}
    />
  );
}
