import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { fetchPage, resourceKeys, usePageQuery, type ListParams } from '../../../lib/resource';
import { useArchiveMutation, useUpdateMutation } from '../../../lib/resource-mutations';
import type { WebhookInput, WebhookPatch } from '../types';

export const webhookKeys = resourceKeys('webhooks');

/** GET /webhooks: one page of the subscriptions (never their secrets). */
export function useWebhooks(params: ListParams) {
  return usePageQuery(webhookKeys.list(params), (signal) => fetchPage('/webhooks', params, { signal }));
}

/** GET /webhooks/{id}/deliveries: the delivery log, newest first. */
export function useWebhookDeliveries(id: string, params: ListParams) {
  return usePageQuery(webhookKeys.sub(id, 'deliveries', params), (signal) => fetchPage('/webhooks/{id}/deliveries', params, { path: { id }, signal }));
}

/** POST /webhooks → 201 with the secret, which the caller shows once. */
export function useCreateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: WebhookInput) => api.post('/webhooks', { body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookKeys.lists() }),
  });
}

export function useUpdateWebhook() {
  return useUpdateMutation(webhookKeys, (id: string, patch: WebhookPatch) => api.patch('/webhooks/{id}', { params: { path: { id } }, body: patch }));
}

export function useDeleteWebhook() {
  return useArchiveMutation(webhookKeys, (id: string) => api.delete('/webhooks/{id}', { params: { path: { id } } }));
}

/** POST /webhooks/{id}/deliveries/{deliveryId}/retry: a failed delivery is due again now. */
export function useRetryDelivery(webhookId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: string) => api.post('/webhooks/{id}/deliveries/{deliveryId}/retry', { params: { path: { id: webhookId, deliveryId } } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookKeys.detail(webhookId) }),
  });
}
