import { localizedName } from '../../../lib/localized-name';
import { RecordLink } from '../../../components/record-link';
import { useFlag } from '../api/get-flag';
import type { Flag } from '../types';

export const flagLabel = (f: Flag) => localizedName(f);

/** A flag by id: its name. */
export function FlagName({ id }: { id: string | null | undefined }) {
  return (
    <RecordLink
      id={id}
      query={useFlag(id)}
      label={flagLabel}
    />
  );
}
