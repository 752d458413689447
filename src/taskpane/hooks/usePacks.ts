import { useCallback, useState } from 'react';
import type {
  AnalysisService,
  ApplyResult,
  FieldChange,
  ImportPreview,
  MadePacks,
  PackApply,
  PackSettings,
  PacksService,
} from '../../adapters/excel/contract';
import { useMounted } from './useMounted';

/** How a made pack reached the user: opened in a new Excel window, or to download only. */
export type PackDelivery = 'opening' | 'opened' | 'download';

export interface MakeState {
  phase: 'idle' | 'busy' | 'done' | 'failed';
  result: MadePacks | null;
  delivery: PackDelivery[];
  error: unknown;
}

export interface ImportState {
  phase: 'idle' | 'reading' | 'preview' | 'applying' | 'applied' | 'failed';
  preview: ImportPreview | null;
  /** Per pack, per conflict: true when the buyer takes the vendor's value (kept by default). */
  take: boolean[][];
  result: ApplyResult | null;
  error: unknown;
}

export interface Packs {
  make: MakeState;
  imports: ImportState;
  vendors: string[] | null;
  loadVendors(): Promise<void>;
  makePacks(settings: PackSettings): Promise<void>;
  preview(files: readonly File[]): Promise<void>;
  choose(pack: number, conflict: number, takeVendor: boolean): void;
  apply(): Promise<void>;
}

/** A picked file that could not be read (the browser's own error), named. */
export class PackFileReadError extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'PackFileReadError';
  }
}

const IDLE_MAKE: MakeState = { phase: 'idle', result: null, delivery: [], error: null };
const IDLE_IMPORT: ImportState = { phase: 'idle', preview: null, take: [], result: null, error: null };

/** What the apply writes: each readable pack's changes and the conflicts the buyer took. */
export function chosenChanges(preview: ImportPreview, take: readonly (readonly boolean[])[]): PackApply[] {
  return preview.packs.flatMap((p, i) => {
    if (!('merge' in p) || p.merge.status === 'refused' || p.merge.vendor === null || p.merge.round === null) return [];
    const taken: FieldChange[] = p.merge.conflicts.filter((_, c) => take[i]?.[c] === true);
    const changes = [...p.merge.changes, ...taken];
    return changes.length > 0 ? [{ file: p.file, vendor: p.merge.vendor, round: p.merge.round, changes }] : [];
  });
}

/**
 * The Packs tab's state, kept in App so it survives a switch of tabs: making packs (each then
 * opened with Excel.createWorkbook, or offered to download where that fails), and importing
 * returned ones: preview, a choice per conflict, apply.
 */
export function usePacks(service: PacksService & Pick<AnalysisService, 'listVendors'>): Packs {
  const [make, setMake] = useState<MakeState>(IDLE_MAKE);
  const [imports, setImports] = useState<ImportState>(IDLE_IMPORT);
  const [vendors, setVendors] = useState<string[] | null>(null);
  const mounted = useMounted();

  const loadVendors = useCallback(async () => {
    try {
      const names = await service.listVendors();
      if (mounted.current) setVendors(names);
    } catch {
      // No list: the section still makes packs for every vendor.
      if (mounted.current) setVendors([]);
    }
  }, [service, mounted]);

  const makePacks = useCallback(
    async (settings: PackSettings) => {
      setMake({ ...IDLE_MAKE, phase: 'busy' });
      let result: MadePacks;
      try {
        result = await service.makePacks(settings);
      } catch (error: unknown) {
        if (mounted.current) setMake({ ...IDLE_MAKE, phase: 'failed', error });
        return;
      }
      const delivery: PackDelivery[] = result.packs.map(() => 'opening');
      if (mounted.current) setMake({ ...IDLE_MAKE, phase: 'done', result, delivery: [...delivery] });
      // One at a time: each opens its own window.
      for (const [i, pack] of result.packs.entries()) {
        try {
          await service.openWorkbook(pack.data);
          delivery[i] = 'opened';
        } catch {
          // Not supported here, or Excel refused: the download link stays the way.
          delivery[i] = 'download';
        }
        if (mounted.current) setMake((s) => ({ ...s, delivery: [...delivery] }));
      }
    },
    [service, mounted],
  );

  const preview = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
      setImports({ ...IDLE_IMPORT, phase: 'reading' });
      try {
        const read = await Promise.all(
          files.map(async (file) => {
            try {
              return { name: file.name, data: new Uint8Array(await file.arrayBuffer()) };
            } catch (error: unknown) {
              throw new PackFileReadError(file.name, error);
            }
          }),
        );
        const result = await service.previewImport(read);
        const take = result.packs.map((p) => ('merge' in p ? p.merge.conflicts.map(() => false) : []));
        if (mounted.current) setImports({ ...IDLE_IMPORT, phase: 'preview', preview: result, take });
      } catch (error: unknown) {
        if (mounted.current) setImports({ ...IDLE_IMPORT, phase: 'failed', error });
      }
    },
    [service, mounted],
  );

  const choose = useCallback((pack: number, conflict: number, takeVendor: boolean) => {
    setImports((s) => ({ ...s, take: s.take.map((row, i) => (i === pack ? row.map((v, c) => (c === conflict ? takeVendor : v)) : row)) }));
  }, []);

  const apply = useCallback(async () => {
    const { preview: shown, take } = imports;
    if (!shown) return;
    setImports((s) => ({ ...s, phase: 'applying' }));
    try {
      const result = await service.applyImport(chosenChanges(shown, take), shown.language);
      if (mounted.current) setImports({ ...IDLE_IMPORT, phase: 'applied', result });
    } catch (error: unknown) {
      if (mounted.current) setImports((s) => ({ ...s, phase: 'failed', error }));
    }
  }, [service, mounted, imports]);

  return { make, imports, vendors, loadVendors, makePacks, preview, choose, apply };
}
