import { useCallback, useState } from 'react';
import type { DecisionCheckResult, DecisionService } from '../../adapters/excel/contract';
import { useMounted } from './useMounted';

/** What runs now: the check, or writing its results on the sheet. */
export type DecisionStep = 'check' | 'write';

export interface DecisionState {
  result: DecisionCheckResult | null;
  busy: DecisionStep | null;
  error: { step: DecisionStep; error: unknown } | null;
  /** The date the results were last written on the sheet in this pane session. */
  written: string | null;
}

export interface DecisionCheck extends DecisionState {
  check(): Promise<void>;
  write(): Promise<void>;
}

const INITIAL: DecisionState = { result: null, busy: null, error: null, written: null };

/** The decision check and writing its results onto the Decision sheet. */
export function useDecisionCheck(service: DecisionService): DecisionCheck {
  const [state, setState] = useState<DecisionState>(INITIAL);
  const mounted = useMounted();

  const check = useCallback(async () => {
    // An old result would no longer describe the workbook while the new one is computed.
    setState({ ...INITIAL, busy: 'check' });
    try {
      const result = await service.checkDecision();
      if (mounted.current) setState({ ...INITIAL, result });
    } catch (error: unknown) {
      if (mounted.current) setState({ ...INITIAL, error: { step: 'check', error } });
    }
  }, [service, mounted]);

  const write = useCallback(async () => {
    setState((s) => ({ ...s, busy: 'write', error: null, written: null }));
    try {
      // The write checks the workbook as it is now: what it wrote is the result to show.
      const { written, ...result } = await service.writeDecision();
      if (mounted.current) setState({ ...INITIAL, result, written });
    } catch (error: unknown) {
      if (mounted.current) setState((s) => ({ ...s, busy: null, error: { step: 'write', error } }));
    }
  }, [service, mounted]);

  return { ...state, check, write };
}
