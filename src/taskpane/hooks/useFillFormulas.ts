import { useCallback, useState } from 'react';
import type { AnalysisService, FillResult, OverwrittenCell, WorkbookService } from '../../adapters/excel/contract';
import { TemplateStructureError } from '../../adapters/excel/errors';
import { useMounted } from './useMounted';

/**
 * idle: nothing asked yet. busy: a call runs. done: formulas written (or already matching).
 * confirm: overwritten cells were found and nothing was written; the user must choose.
 * cancelled: the user declined to replace them. noTemplate: the workbook holds no template at
 * all (not a broken one). failed: the call threw.
 */
export type FillPhase = 'idle' | 'busy' | 'done' | 'confirm' | 'cancelled' | 'noTemplate' | 'failed';

export interface FillState {
  phase: FillPhase;
  result: FillResult | null;
  error: unknown;
  /** Going to an overwritten cell failed: shown beside the confirmation, which stays. */
  selectError: unknown;
}

export interface FillFormulas extends FillState {
  /** Fill, leaving overwritten cells alone (asks first when there are any). */
  fill(): Promise<void>;
  /** The user agreed: fill again, replacing the overwritten cells. */
  replace(): Promise<void>;
  cancel(): void;
  /** Select an overwritten cell in the sheet, so the user can look before deciding. */
  select(cell: OverwrittenCell): Promise<void>;
}

const IDLE: FillState = { phase: 'idle', result: null, error: null, selectError: null };

/** A fill that finds none of the template's blocks: is there a template at all? */
async function holdsNoTemplate(service: Pick<WorkbookService, 'hasTemplate'>, error: unknown): Promise<boolean> {
  if (!(error instanceof TemplateStructureError)) return false;
  try {
    return !(await service.hasTemplate());
  } catch {
    // Cannot tell: show the structural error as it is.
    return false;
  }
}

export function useFillFormulas(service: AnalysisService & Pick<WorkbookService, 'hasTemplate'>): FillFormulas {
  const [state, setState] = useState<FillState>(IDLE);
  const mounted = useMounted();

  const run = useCallback(
    async (replaceOverwritten: boolean) => {
      setState({ ...IDLE, phase: 'busy' });
      try {
        const result = await service.fillFormulas(replaceOverwritten);
        if (mounted.current) setState({ ...IDLE, phase: result.applied ? 'done' : 'confirm', result });
      } catch (error: unknown) {
        const noTemplate = await holdsNoTemplate(service, error);
        if (mounted.current) setState(noTemplate ? { ...IDLE, phase: 'noTemplate' } : { ...IDLE, phase: 'failed', error });
      }
    },
    [service, mounted],
  );

  const fill = useCallback(() => run(false), [run]);
  const replace = useCallback(() => run(true), [run]);
  const cancel = useCallback(() => setState({ ...IDLE, phase: 'cancelled' }), []);
  const select = useCallback(
    async (cell: OverwrittenCell) => {
      setState((s) => ({ ...s, selectError: null }));
      try {
        await service.selectCell(cell.sheet, cell.address);
      } catch (error: unknown) {
        if (mounted.current) setState((s) => ({ ...s, selectError: error }));
      }
    },
    [service, mounted],
  );

  return { ...state, fill, replace, cancel, select };
}
