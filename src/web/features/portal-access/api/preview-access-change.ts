import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { AccessPatch } from '../types';

export const PREVIEW_KINDS = ['sites', 'assets', 'workOrders', 'projects', 'orders', 'tickets', 'scheduleEntries', 'files', 'colleagues'] as const;
export type PreviewKind = (typeof PREVIEW_KINDS)[number];
export type PreviewRecordType = 'site' | 'asset' | 'work_order' | 'project' | 'order' | 'ticket' | 'schedule_entry' | 'file' | 'user';

export interface RecordChange {
  count: number;
  /** More records than `count` change: the server stops counting at its cap. */
  more: boolean;
  examples: { id: string; name: string }[];
}

export interface KindChange {
  kind: PreviewKind;
  type: PreviewRecordType;
  added: RecordChange;
  removed: RecordChange;
}

/** POST /users/:id/access/preview → 200: what saving `patch` would add and remove, computed by the access policy; nothing is saved. */
export function previewAccessChange(userId: string, patch: AccessPatch) {
  return apiClient.post<{ kinds: KindChange[] }>(`/users/${encodeURIComponent(userId)}/access/preview`, patch);
}

export function usePreviewAccessChange() {
  return useMutation({ mutationFn: ({ userId, patch }: { userId: string; patch: AccessPatch }) => previewAccessChange(userId, patch) });
}
