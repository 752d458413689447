import { useCallback, useState } from 'react';
import type { AnalysisService, VendorChangeRequest, VendorChangeResult } from '../../adapters/excel/contract';
import { useMounted } from './useMounted';

/**
 * idle: the list not read yet. busy: a call runs. ready: the list is shown (after a change, with
 * its result). confirm: the removed vendor's column holds inputs; nothing was written, the user
 * must choose. failed: the call threw (the list, if read, stays).
 */
export type VendorChangePhase = 'idle' | 'busy' | 'ready' | 'confirm' | 'failed';

export interface VendorChangeState {
  phase: VendorChangePhase;
  vendors: string[];
  /** The last change made, or the removal waiting for confirmation. */
  result: VendorChangeResult | null;
  error: unknown;
}

export interface VendorChange extends VendorChangeState {
  load(): Promise<void>;
  add(name: string, before?: string): Promise<void>;
  remove(name: string): Promise<void>;
  /** The user agreed to remove the vendor with its inputs. */
  confirmRemove(): Promise<void>;
  cancel(): void;
}

const IDLE: VendorChangeState = { phase: 'idle', vendors: [], result: null, error: null };

export function useVendorChange(service: Pick<AnalysisService, 'listVendors' | 'changeVendors'>): VendorChange {
  const [state, setState] = useState<VendorChangeState>(IDLE);
  const mounted = useMounted();

  const load = useCallback(async () => {
    setState((s) => ({ ...s, phase: 'busy', error: null }));
    try {
      const vendors = await service.listVendors();
      if (mounted.current) setState((s) => ({ ...s, phase: 'ready', vendors }));
    } catch (error: unknown) {
      if (mounted.current) setState((s) => ({ ...s, phase: 'failed', error }));
    }
  }, [service, mounted]);

  const change = useCallback(
    async (request: VendorChangeRequest, removeConfirmed: boolean) => {
      setState((s) => ({ ...s, phase: 'busy', error: null }));
      try {
        const result = await service.changeVendors(request, removeConfirmed);
        if (mounted.current) setState({ phase: result.applied ? 'ready' : 'confirm', vendors: result.vendors, result, error: null });
      } catch (error: unknown) {
        if (mounted.current) setState((s) => ({ ...s, phase: 'failed', result: null, error }));
      }
    },
    [service, mounted],
  );

  const add = useCallback((name: string, before?: string) => change({ kind: 'add', name, ...(before ? { before } : {}) }, false), [change]);
  const remove = useCallback((name: string) => change({ kind: 'remove', name }, false), [change]);
  const confirmRemove = useCallback(async () => {
    if (state.result) await change({ kind: 'remove', name: state.result.vendor }, true);
  }, [change, state.result]);
  const cancel = useCallback(() => setState((s) => ({ ...s, phase: 'ready', result: null })), []);

  return { ...state, load, add, remove, confirmRemove, cancel };
}
