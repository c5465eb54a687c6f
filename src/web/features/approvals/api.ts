import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api-client';
import { RECORD_PATHS, type ApprovalDecisionBody, type ApprovalRecordType, type ApprovalRequestBody } from './types';

const historyKey = (type: ApprovalRecordType, id: string) => ['approvals', type, id] as const;

/** GET /orders/:id/approvals (or /work-orders/…): every round, newest first. */
export function useApprovalHistory(type: ApprovalRecordType, id: string) {
  return useQuery({
    queryKey: historyKey(type, id),
    queryFn: ({ signal }) => api.get(`${RECORD_PATHS[type]}/{id}/approvals`, { params: { path: { id } }, signal }),
  });
}

/**
 * A request or decision changes the record's approval state too: every cached query naming the record
 * (the portal's and the back office's record queries, the history) is refetched.
 */
function useApprovalMutation<Body>(mutationFn: (body: Body) => Promise<unknown>, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ predicate: (query) => query.queryKey.includes(id) }),
  });
}

/** POST …/approval-requests (staff) → 201 */
export const useRequestApproval = (type: ApprovalRecordType, id: string) =>
  useApprovalMutation((body: ApprovalRequestBody) => api.post(`${RECORD_PATHS[type]}/{id}/approval-requests`, { params: { path: { id } }, body }), id);

/** POST …/approval-decisions (portal approvers; staff on the customer's behalf) → 200 */
export const useDecideApproval = (type: ApprovalRecordType, id: string) =>
  useApprovalMutation((body: ApprovalDecisionBody) => api.post(`${RECORD_PATHS[type]}/{id}/approval-decisions`, { params: { path: { id } }, body }), id);
