import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { mailOutboxKeys } from './keys';

/** GET /mail-outbox/:id: one mail of the log with its body and links (admins). */
export function getMailOutbox(id: string, signal?: AbortSignal) {
  return api.get('/mail-outbox/{id}', { params: { path: { id } }, signal });
}

/** The mail, or nothing while no mail is open. */
export function useMailOutboxMail(id: string | null) {
  return useQuery({ queryKey: mailOutboxKeys.detail(id ?? ''), queryFn: ({ signal }) => getMailOutbox(id ?? '', signal), enabled: Boolean(id) });
}
