import { localizedName } from '../../../lib/localized-name';
import { RecordLink } from '../../../components/record-link';
import { useFileType } from '../api/get-file-type';
import type { FileType } from '../types';

export const fileTypeLabel = (f: FileType) => localizedName(f);

/** A file type by id: its name. */
export function FileTypeName({ id }: { id: string | null | undefined }) {
  return (
    <RecordLink
      id={id}
      query={useFileType(id)}
      label={fileTypeLabel}
    />
  );
}
