import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { WorkOrderNote, WorkOrderNoteInput } from '../types';
import { workOrderKeys } from './keys';

/** POST /work-orders/:id/notes → 201 (internal unless visibility is public). */
export function createWorkOrderNote(workOrderId: string, input: WorkOrderNoteInput) {
  return apiClient.post<WorkOrderNote>(`/work-orders/${encodeURIComponent(workOrderId)}/notes`, input);
}

export function useCreateWorkOrderNote(workOrderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: WorkOrderNoteInput) => createWorkOrderNote(workOrderId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...workOrderKeys.detail(workOrderId), 'notes'] }),
  });
}
