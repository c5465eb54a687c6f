import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../lib/api-client';
import type { ListItemOf } from '../../lib/api-types';

export type NotificationKind = 'ticket_created' | 'ticket_assigned' | 'ticket_comment' | 'ticket_status';
export type Delivery = 'immediate' | 'digest' | 'off';
export const NOTIFICATION_KINDS: NotificationKind[] = ['ticket_created', 'ticket_assigned', 'ticket_comment', 'ticket_status'];

/** Ticket notifications carry the ticket's facts, approval notifications the order's or work order's. */
export type AppNotification = ListItemOf<'/api/v1/notifications'>;

const keys = {
  all: ['notifications'] as const,
  unread: ['notifications', 'unread-count'] as const,
  recent: ['notifications', 'recent'] as const,
  preferences: ['notifications', 'preferences'] as const,
};

/** The bell's number: polled, so a reply that arrives while the page is open shows up within half a minute. */
export function useUnreadCount() {
  return useQuery({
    queryKey: keys.unread,
    queryFn: ({ signal }) => apiClient.get<{ count: number; capped: boolean }>('/notifications/unread-count', signal),
    refetchInterval: 30_000,
    refetchOnWindowFocus: true,
  });
}

export function useRecentNotifications(enabled: boolean) {
  return useQuery({
    queryKey: keys.recent,
    queryFn: ({ signal }) => apiClient.get<{ items: AppNotification[]; nextCursor: string | null }>('/notifications?limit=20', signal),
    enabled,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiClient.post(`/notifications/${encodeURIComponent(id)}/read`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiClient.post('/notifications/read-all'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

export function usePreferences() {
  return useQuery({
    queryKey: keys.preferences,
    queryFn: ({ signal }) => apiClient.get<{ items: { kind: NotificationKind; delivery: Delivery }[] }>('/notification-preferences', signal),
  });
}

export function useSetPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (items: { kind: NotificationKind; delivery: Delivery }[]) =>
      apiClient.put<{ items: { kind: NotificationKind; delivery: Delivery }[] }>('/notification-preferences', { items }),
    onSuccess: (data) => queryClient.setQueryData(keys.preferences, data),
  });
}

const followKey = (ticketId: string) => ['notifications', 'follow', ticketId] as const;

/** Whether the signed-in user follows a ticket (hears about its replies and status changes). */
export function useFollowing(ticketId: string) {
  return useQuery({
    queryKey: followKey(ticketId),
    queryFn: ({ signal }) => apiClient.get<{ following: boolean }>(`/tickets/${encodeURIComponent(ticketId)}/follow`, signal),
  });
}

export function useSetFollowing(ticketId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (follow: boolean) => {
      const path = `/tickets/${encodeURIComponent(ticketId)}/follow`;
      return follow ? apiClient.put<{ following: boolean }>(path) : apiClient.delete<{ following: boolean }>(path);
    },
    onSuccess: (data) => queryClient.setQueryData(followKey(ticketId), data),
  });
}
