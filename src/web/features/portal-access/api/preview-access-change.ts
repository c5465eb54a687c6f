import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { everyOf, type BodyOf, type ResponseOf } from '../../../lib/api-types';

/** What saving an access change would do (POST /users/:id/access/preview). */
export type AccessPreview = ResponseOf<'/users/{id}/access/preview', 'post'>;
/** The change to preview: the same shape as PUT /users/:id/access takes. */
export type AccessPreviewInput = BodyOf<'/users/{id}/access/preview', 'post'>;
export type KindChange = AccessPreview['kinds'][number];
/** count, examples, and more: more records than `count` change (the server stops counting at its cap). */
export type RecordChange = KindChange['added'];
export type PreviewKind = KindChange['kind'];
export type PreviewRecordType = KindChange['type'];
export const PREVIEW_KINDS = everyOf<PreviewKind>()(['sites', 'assets', 'workOrders', 'projects', 'orders', 'tickets', 'scheduleEntries', 'files', 'colleagues']);

/** POST /users/:id/access/preview → 200: what saving `patch` would add and remove, computed by the access policy; nothing is saved. */
export function previewAccessChange(userId: string, patch: AccessPreviewInput) {
  return api.post('/users/{id}/access/preview', { params: { path: { id: userId } }, body: patch });
}

export function usePreviewAccessChange() {
  return useMutation({ mutationFn: ({ userId, patch }: { userId: string; patch: AccessPreviewInput }) => previewAccessChange(userId, patch) });
}
