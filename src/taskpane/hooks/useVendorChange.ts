import { useMemo } from 'react';
import type { AnalysisService, VendorChangeRequest, VendorChangeResult } from '../../adapters/excel/contract';
import { useNamedListChange, type ListChange, type ListChangePhase } from './useNamedListChange';

export type VendorChangePhase = ListChangePhase;

/** The template's vendors, one added (at the end or before another) or removed. */
export type VendorChange = ListChange<VendorChangeRequest, VendorChangeResult>;

export function useVendorChange(service: Pick<AnalysisService, 'listVendors' | 'changeVendors'>): VendorChange {
  const calls = useMemo(
    () => ({
      list: () => service.listVendors(),
      change: (request: VendorChangeRequest, confirmed: boolean) => service.changeVendors(request, confirmed),
      namesOf: (r: VendorChangeResult) => r.vendors,
      subjectOf: (r: VendorChangeResult) => r.vendor,
    }),
    [service],
  );
  return useNamedListChange(calls);
}
