import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { assetKeys } from '../../assets/api/keys';
import { fileKeys } from '../../files/api/keys';
import type { ServiceReportInput } from '../types';
import { workOrderReportsKey } from './list-work-order-reports';

/** POST /work-orders/:id/reports → 201: renders the PDF and stores it as a customer-visible file (completed work orders only, else 409). */
export function issueWorkOrderReport(workOrderId: string, input: ServiceReportInput) {
  return api.post('/work-orders/{id}/reports', { params: { path: { id: workOrderId } }, body: input });
}

export function useIssueWorkOrderReport(workOrderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ServiceReportInput) => issueWorkOrderReport(workOrderId, input),
    // The PDF is a file of the work order too (Files tab), and part of its asset's passport.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: workOrderReportsKey(workOrderId) }),
        queryClient.invalidateQueries({ queryKey: fileKeys.all }),
        // Inactive queries are only marked stale: cheap, and the passports of the asset and its parents are fresh when opened.
        queryClient.invalidateQueries({ queryKey: [...assetKeys.all, 'detail'] }),
      ]),
  });
}
