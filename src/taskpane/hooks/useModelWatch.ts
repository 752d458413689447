import { useCallback, useEffect, useState } from 'react';
import type { AnalysisService, FillResult } from '../../adapters/excel/contract';

export type ModelNotice = { kind: 'refilled'; result: FillResult } | { kind: 'failed'; error: unknown };

export interface ModelWatch {
  notice: ModelNotice | null;
  dismiss(): void;
}

/** A refill worth telling the user about: something was rewritten, or cells were left alone. */
function worthSaying(result: FillResult): boolean {
  return result.changedVendors.length > 0 || (!result.applied && result.overwritten.length > 0);
}

/**
 * While the workbook holds a template, follow the user's model changes on Pricing (the adapter
 * refills that vendor) and keep the latest report. Stops listening on unmount.
 */
export function useModelWatch(service: AnalysisService, enabled: boolean): ModelWatch {
  const [notice, setNotice] = useState<ModelNotice | null>(null);

  useEffect(() => {
    if (!enabled) return;
    let active = true;
    let stop: (() => Promise<void>) | null = null;
    service
      .watchModelChanges(
        (result) => {
          if (active && worthSaying(result)) setNotice({ kind: 'refilled', result });
        },
        (error) => {
          if (active) setNotice({ kind: 'failed', error });
        },
      )
      .then(
        (stopWatching) => {
          // Unmounted before the handler was registered: unregister it at once.
          if (active) stop = stopWatching;
          else void stopWatching();
        },
        (error: unknown) => {
          if (active) setNotice({ kind: 'failed', error });
        },
      );
    return () => {
      active = false;
      if (stop) void stop();
    };
  }, [service, enabled]);

  const dismiss = useCallback(() => setNotice(null), []);
  return { notice, dismiss };
}
