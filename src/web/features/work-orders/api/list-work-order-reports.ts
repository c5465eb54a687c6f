import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Page } from '../../../lib/resource';
import type { IssuedDocument } from '../types';
import { workOrderKeys } from './keys';

/** GET /work-orders/:id/reports: the reports and certificates issued for it, newest first (one list, no pages). */
export function listWorkOrderReports(workOrderId: string, signal?: AbortSignal) {
  return api.get('/work-orders/{id}/reports', { params: { path: { id: workOrderId } }, signal });
}

export const workOrderReportsKey = (workOrderId: string) => workOrderKeys.sub(workOrderId, 'reports');

/** As a page without a next one, so the back office's tables can show it. */
export function useWorkOrderReports(workOrderId: string) {
  return useQuery({
    queryKey: workOrderReportsKey(workOrderId),
    queryFn: async ({ signal }): Promise<Page<IssuedDocument>> => ({ items: (await listWorkOrderReports(workOrderId, signal)).items, nextCursor: null }),
  });
}
