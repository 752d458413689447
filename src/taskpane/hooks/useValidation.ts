import { useCallback, useState } from 'react';
import type { AnalysisService } from '../../adapters/excel/contract';
import type { Language } from '../../core/catalogue/text';
import type { Finding } from '../../core/validation/types';
import type { ValidationResult } from '../../core/validation/validate';
import { markedCellCount, type FindingFilter } from '../validation/findingGroups';
import { useMounted } from './useMounted';

export type ValidationStep = 'validate' | 'select' | 'mark' | 'clear';

export type ActionNotice = { kind: 'marked'; count: number } | { kind: 'cleared' };

export interface ValidationState {
  result: ValidationResult | null;
  /** Counts results received, so views can reset (open groups, rows shown) for a new one. */
  run: number;
  /** The call that runs now (selecting a cell is quick and never blocks the buttons). */
  busy: Exclude<ValidationStep, 'select'> | null;
  /** The last failure, with the step that failed; cleared by the next action. */
  error: { step: ValidationStep; error: unknown } | null;
  /** What the last mark or clear did. */
  notice: ActionNotice | null;
}

export interface Validation extends ValidationState {
  filter: FindingFilter;
  setFilter(filter: FindingFilter): void;
  validate(): Promise<void>;
  select(finding: Finding): Promise<void>;
  mark(findings: Finding[]): Promise<void>;
  clear(): Promise<void>;
}

const INITIAL: ValidationState = { result: null, run: 0, busy: null, error: null, notice: null };

/** Validation and what follows from it: go to a cell, mark the gaps, clear the marks. */
export function useValidation(service: AnalysisService, language: Language): Validation {
  const [state, setState] = useState<ValidationState>(INITIAL);
  const [filter, setFilter] = useState<FindingFilter>('all');
  const mounted = useMounted();

  const fail = useCallback(
    (step: ValidationStep, error: unknown, patch: Partial<ValidationState> = {}) => {
      if (mounted.current) setState((s) => ({ ...s, ...patch, busy: null, error: { step, error } }));
    },
    [mounted],
  );

  const validate = useCallback(async () => {
    // The old result goes at once: it must not sit under the spinner as if it were current.
    setState((s) => ({ ...s, result: null, busy: 'validate', error: null, notice: null }));
    try {
      const result = await service.validate(language);
      if (mounted.current) setState((s) => ({ result, run: s.run + 1, busy: null, error: null, notice: null }));
    } catch (error: unknown) {
      // An old result would no longer describe the workbook.
      fail('validate', error, { result: null });
    }
  }, [service, language, mounted, fail]);

  const select = useCallback(
    async (finding: Finding) => {
      setState((s) => ({ ...s, error: null }));
      try {
        await service.selectCell(finding.sheet, finding.cell);
      } catch (error: unknown) {
        fail('select', error);
      }
    },
    [service, fail],
  );

  const mark = useCallback(
    async (findings: Finding[]) => {
      setState((s) => ({ ...s, busy: 'mark', error: null, notice: null }));
      try {
        await service.markFindings(findings);
        if (mounted.current) setState((s) => ({ ...s, busy: null, notice: { kind: 'marked', count: markedCellCount(findings) } }));
      } catch (error: unknown) {
        fail('mark', error);
      }
    },
    [service, mounted, fail],
  );

  const clear = useCallback(async () => {
    setState((s) => ({ ...s, busy: 'clear', error: null, notice: null }));
    try {
      await service.clearMarks();
      if (mounted.current) setState((s) => ({ ...s, busy: null, notice: { kind: 'cleared' } }));
    } catch (error: unknown) {
      fail('clear', error);
    }
  }, [service, mounted, fail]);

  return { ...state, filter, setFilter, validate, select, mark, clear };
}
