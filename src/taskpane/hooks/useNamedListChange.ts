import { useCallback, useState } from 'react';
import type { HeldInput } from '../../adapters/excel/contract';
import { useMounted } from './useMounted';

/**
 * A list of names in the workbook changed in place (the vendors, the evaluators): read, one
 * added, one removed after asking when it holds inputs.
 * idle: the list not read yet. busy: a call runs. ready: the list is shown (after a change, with
 * its result). confirm: the removed one holds inputs; nothing was written, the user must choose.
 * failed: the call threw (the list, if read, stays).
 */
export type ListChangePhase = 'idle' | 'busy' | 'ready' | 'confirm' | 'failed';

/** What a change answers: written or not, the names once changed, the inputs a removal takes. */
export interface ListChangeResult {
  applied: boolean;
  held: HeldInput[];
}

export interface ListChangeState<R> {
  phase: ListChangePhase;
  names: string[];
  /** The last change made, or the removal waiting for confirmation. */
  result: R | null;
  error: unknown;
}

export type ListChangeRequest = { kind: 'add'; name: string } | { kind: 'remove'; name: string };

export interface ListChange<Q extends ListChangeRequest, R> extends ListChangeState<R> {
  load(): Promise<void>;
  add(request: Extract<Q, { kind: 'add' }>): Promise<void>;
  remove(name: string): Promise<void>;
  /** The user agreed to remove the one asked about with its inputs. */
  confirmRemove(): Promise<void>;
  cancel(): void;
}

export interface ListChangeCalls<Q, R> {
  list(): Promise<string[]>;
  change(request: Q, removeConfirmed: boolean): Promise<R>;
  /** The names once changed, and the one added or removed, as the result has them. */
  namesOf(result: R): string[];
  subjectOf(result: R): string;
}

/** `calls` must be stable (memoised on the service). */
export function useNamedListChange<Q extends ListChangeRequest, R extends ListChangeResult>(calls: ListChangeCalls<Q, R>): ListChange<Q, R> {
  const [state, setState] = useState<ListChangeState<R>>(() => ({ phase: 'idle', names: [], result: null, error: null }));
  const mounted = useMounted();

  const load = useCallback(async () => {
    setState((s) => ({ ...s, phase: 'busy', error: null }));
    try {
      const names = await calls.list();
      if (mounted.current) setState((s) => ({ ...s, phase: 'ready', names }));
    } catch (error: unknown) {
      if (mounted.current) setState((s) => ({ ...s, phase: 'failed', error }));
    }
  }, [calls, mounted]);

  const change = useCallback(
    async (request: Q, removeConfirmed: boolean) => {
      setState((s) => ({ ...s, phase: 'busy', error: null }));
      try {
        const result = await calls.change(request, removeConfirmed);
        if (mounted.current) setState({ phase: result.applied ? 'ready' : 'confirm', names: calls.namesOf(result), result, error: null });
      } catch (error: unknown) {
        if (mounted.current) setState((s) => ({ ...s, phase: 'failed', result: null, error }));
      }
    },
    [calls, mounted],
  );

  const add = useCallback((request: Extract<Q, { kind: 'add' }>) => change(request, false), [change]);
  const remove = useCallback((name: string) => change({ kind: 'remove', name } as Q, false), [change]);
  const confirmRemove = useCallback(async () => {
    if (state.result) await change({ kind: 'remove', name: calls.subjectOf(state.result) } as Q, true);
  }, [change, calls, state.result]);
  const cancel = useCallback(() => setState((s) => ({ ...s, phase: 'ready', result: null })), []);

  return { ...state, load, add, remove, confirmRemove, cancel };
}
