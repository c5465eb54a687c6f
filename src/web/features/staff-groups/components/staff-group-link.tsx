import { RecordLink } from '../../../components/record-link';
import { useStaffGroup } from '../api/get-staff-group';
import type { StaffGroup } from '../types';

export const staffGroupLabel = (g: StaffGroup) => g.name;

/** A staff group by id: its name. */
export function StaffGroupName({ id }: { id: string | null | undefined }) {
  return (
    <RecordLink
      id={id}
      query={useStaffGroup(id)}
      label={staffGroupLabel}
    />
  );
}
