import { useCallback, useState } from 'react';
import type { AnalysisService, FillResult } from '../../adapters/excel/contract';
import { useMounted } from './useMounted';

/**
 * idle: nothing asked yet. busy: a call runs. done: formulas written (or already matching).
 * confirm: overwritten cells were found and nothing was written; the user must choose.
 * cancelled: the user declined to replace them. failed: the call threw.
 */
export type FillPhase = 'idle' | 'busy' | 'done' | 'confirm' | 'cancelled' | 'failed';

export interface FillState {
  phase: FillPhase;
  result: FillResult | null;
  error: unknown;
}

export interface FillFormulas extends FillState {
  /** Fill, leaving overwritten cells alone (asks first when there are any). */
  fill(): Promise<void>;
  /** The user agreed: fill again, replacing the overwritten cells. */
  replace(): Promise<void>;
  cancel(): void;
}

const IDLE: FillState = { phase: 'idle', result: null, error: null };

export function useFillFormulas(service: AnalysisService): FillFormulas {
  const [state, setState] = useState<FillState>(IDLE);
  const mounted = useMounted();

  const run = useCallback(
    async (replaceOverwritten: boolean) => {
      setState({ phase: 'busy', result: null, error: null });
      try {
        const result = await service.fillFormulas(replaceOverwritten);
        if (mounted.current) setState({ phase: result.applied ? 'done' : 'confirm', result, error: null });
      } catch (error: unknown) {
        if (mounted.current) setState({ phase: 'failed', result: null, error });
      }
    },
    [service, mounted],
  );

  const fill = useCallback(() => run(false), [run]);
  const replace = useCallback(() => run(true), [run]);
  const cancel = useCallback(() => setState({ phase: 'cancelled', result: null, error: null }), []);

  return { ...state, fill, replace, cancel };
}
