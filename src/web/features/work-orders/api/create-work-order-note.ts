import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { WorkOrderNoteInput } from '../types';
import { workOrderKeys } from './keys';

/** POST /work-orders/:id/notes → 201 (internal unless visibility is public). */
export function createWorkOrderNote(workOrderId: string, input: WorkOrderNoteInput) {
  return api.post('/work-orders/{id}/notes', { params: { path: { id: workOrderId } }, body: input });
}

export function useCreateWorkOrderNote(workOrderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: WorkOrderNoteInput) => createWorkOrderNote(workOrderId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...workOrderKeys.detail(workOrderId), 'notes'] }),
  });
}
