import { useMemo } from 'react';
import type { AnalysisService, EvaluatorChangeRequest, EvaluatorChangeResult } from '../../adapters/excel/contract';
import { useNamedListChange, type ListChange } from './useNamedListChange';

/** The Scorecard's evaluators (none: the one-evaluator Scorecard), one added or removed. */
export type EvaluatorChange = ListChange<EvaluatorChangeRequest, EvaluatorChangeResult>;

export function useEvaluatorChange(service: Pick<AnalysisService, 'listEvaluators' | 'changeEvaluators'>): EvaluatorChange {
  const calls = useMemo(
    () => ({
      list: () => service.listEvaluators(),
      change: (request: EvaluatorChangeRequest, confirmed: boolean) => service.changeEvaluators(request, confirmed),
      namesOf: (r: EvaluatorChangeResult) => r.evaluators,
      subjectOf: (r: EvaluatorChangeResult) => r.evaluator,
    }),
    [service],
  );
  return useNamedListChange(calls);
}
