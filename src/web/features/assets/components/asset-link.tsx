import { RecordLink } from '../../../components/record-link';
import { useAsset } from '../api/get-asset';
import type { Asset } from '../types';

export const assetLabel = (a: Asset) => a.name;

/** A asset by id: its name, linked to its page. */
export function AssetLink({ id }: { id: string | null | undefined }) {
  return (
    <RecordLink
      id={id}
      query={useAsset(id)}
      label={assetLabel}
      to={(id) => `/staff/assets/${id}`}
    />
  );
}
