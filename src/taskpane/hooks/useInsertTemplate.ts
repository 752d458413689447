import { useCallback, useEffect, useRef, useState } from 'react';
import type { InsertResult, WorkbookService } from '../../adapters/excel/contract';
import { PartialTemplateError, TemplateExistsError } from '../../adapters/excel/errors';
import type { TemplateOptions } from '../../core/options';

export type InsertPhase = 'checking' | 'idle' | 'busy' | 'done' | 'failed' | 'cleaning' | 'cleaned';

export interface InsertState {
  phase: InsertPhase;
  /** The workbook holds a template (found on open, just inserted, or reported by the adapter). */
  templateExists: boolean;
  result: InsertResult | null;
  /** What went wrong in the last check or insert; the pane turns it into one message bar. */
  error: unknown;
  /** Which call failed: the opening check or an insert. */
  failedStep: 'check' | 'insert' | null;
  /** The options of the insert that failed: the same options are not offered again unchanged. */
  failedOptions: TemplateOptions | null;
}

export interface InsertTemplate extends InsertState {
  canInsert: boolean;
  insert(options: TemplateOptions): Promise<void>;
  /** After an insert whose roll-back failed (PartialTemplateError): remove what it left. */
  cleanUp(): Promise<void>;
}

const CHECKING: InsertState = {
  phase: 'checking',
  templateExists: false,
  result: null,
  error: null,
  failedStep: null,
  failedOptions: null,
};

/** Holds the pane's dealings with the workbook: the opening check and the insert. */
export function useInsertTemplate(service: WorkbookService): InsertTemplate {
  const [state, setState] = useState<InsertState>(CHECKING);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    setState(CHECKING);
    service.hasTemplate().then(
      (exists) => {
        if (mounted.current) setState({ ...CHECKING, phase: 'idle', templateExists: exists });
      },
      (error: unknown) => {
        if (mounted.current) setState({ ...CHECKING, phase: 'failed', error, failedStep: 'check' });
      },
    );
    return () => {
      mounted.current = false;
    };
  }, [service]);

  const insert = useCallback(
    async (options: TemplateOptions) => {
      setState((s) => ({ ...s, phase: 'busy', result: null, error: null, failedStep: null, failedOptions: null }));
      try {
        const result = await service.insertTemplate(options);
        if (mounted.current) {
          setState({ phase: 'done', templateExists: true, result, error: null, failedStep: null, failedOptions: null });
        }
      } catch (error: unknown) {
        if (!mounted.current) return;
        setState({
          phase: 'failed',
          templateExists: error instanceof TemplateExistsError,
          result: null,
          error,
          failedStep: 'insert',
          failedOptions: options,
        });
      }
    },
    [service],
  );

  const cleanUp = useCallback(async () => {
    const error = state.error;
    if (!(error instanceof PartialTemplateError)) return;
    setState((s) => ({ ...s, phase: 'cleaning' }));
    try {
      await service.removeLeftovers(error.sheetNames);
      if (mounted.current) setState({ ...CHECKING, phase: 'cleaned', templateExists: false });
    } catch (cleanupError: unknown) {
      if (mounted.current) setState((s) => ({ ...s, phase: 'failed', error: cleanupError, failedStep: 'insert' }));
    }
  }, [service, state.error]);

  const canInsert = (state.phase === 'idle' || state.phase === 'failed' || state.phase === 'cleaned') && !state.templateExists;
  return { ...state, canInsert, insert, cleanUp };
}
