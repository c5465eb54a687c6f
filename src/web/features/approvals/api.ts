import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../lib/api-client';
import { RECORD_PATHS, type Approval, type ApprovalDecisionBody, type ApprovalRecordType, type ApprovalRequestBody } from './types';

const historyKey = (type: ApprovalRecordType, id: string) => ['approvals', type, id] as const;
const base = (type: ApprovalRecordType, id: string) => `${RECORD_PATHS[type]}/${encodeURIComponent(id)}`;

/** GET /orders/:id/approvals (or /work-orders/…): every round, newest first. */
export function useApprovalHistory(type: ApprovalRecordType, id: string) {
  return useQuery({
    queryKey: historyKey(type, id),
    queryFn: ({ signal }) => apiClient.get<{ items: Approval[] }>(`${base(type, id)}/approvals`, signal),
  });
}

/**
 * A request or decision changes the record's approval state too: every cached query naming the record
 * (the portal's and the back office's record queries, the history) is refetched.
 */
function useApprovalMutation<Body>(type: ApprovalRecordType, id: string, action: 'approval-requests' | 'approval-decisions') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Body) => apiClient.post<Approval>(`${base(type, id)}/${action}`, body),
    onSuccess: () => queryClient.invalidateQueries({ predicate: (query) => query.queryKey.includes(id) }),
  });
}

/** POST …/approval-requests (staff) → 201 */
export const useRequestApproval = (type: ApprovalRecordType, id: string) => useApprovalMutation<ApprovalRequestBody>(type, id, 'approval-requests');

/** POST …/approval-decisions (portal approvers; staff on the customer's behalf) → 200 */
export const useDecideApproval = (type: ApprovalRecordType, id: string) => useApprovalMutation<ApprovalDecisionBody>(type, id, 'approval-decisions');
