import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { fetchPage, resourceKeys, usePageQuery, type ListParams } from '../../../lib/resource';
import { useArchiveMutation, useUpdateMutation } from '../../../lib/resource-mutations';
import type { CreatedWebhook, Webhook, WebhookDelivery, WebhookInput, WebhookPatch } from '../types';

export const webhookKeys = resourceKeys('webhooks');

/** GET /webhooks: one page of the subscriptions (never their secrets). */
export function useWebhooks(params: ListParams) {
  return usePageQuery(webhookKeys.list(params), (signal) => fetchPage<Webhook>('/webhooks', params, signal));
}

/** GET /webhooks/{id}/deliveries: the delivery log, newest first. */
export function useWebhookDeliveries(id: string, params: ListParams) {
  return usePageQuery(webhookKeys.sub(id, 'deliveries', params), (signal) => fetchPage<WebhookDelivery>(`/webhooks/${encodeURIComponent(id)}/deliveries`, params, signal));
}

/** POST /webhooks → 201 with the secret, which the caller shows once. */
export function useCreateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: WebhookInput) => apiClient.post<CreatedWebhook>('/webhooks', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookKeys.lists() }),
  });
}

export function useUpdateWebhook() {
  return useUpdateMutation(webhookKeys, (id: string, patch: WebhookPatch) => apiClient.patch<Webhook>(`/webhooks/${encodeURIComponent(id)}`, patch));
}

export function useDeleteWebhook() {
  return useArchiveMutation(webhookKeys, (id: string) => apiClient.delete(`/webhooks/${encodeURIComponent(id)}`));
}

/** POST /webhooks/{id}/deliveries/{deliveryId}/retry: a failed delivery is due again now. */
export function useRetryDelivery(webhookId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: string) => apiClient.post<WebhookDelivery>(`/webhooks/${encodeURIComponent(webhookId)}/deliveries/${encodeURIComponent(deliveryId)}/retry`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookKeys.detail(webhookId) }),
  });
}
