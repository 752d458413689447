import type { PaneService } from '../adapters/excel/contract';

/**
 * A PaneService whose implementation loads on first use. The Excel adapter (template planning,
 * formulas, validation rules) is a large part of the pane's code and no part of drawing the
 * form, so the pane renders first and the adapter arrives while the opening check starts.
 * A failed load is retried on the next call instead of failing every later call.
 */
export function lazyPaneService(load: () => Promise<PaneService>): PaneService {
  let loading: Promise<PaneService> | null = null;
  const service = (): Promise<PaneService> => {
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
  return {
    hasTemplate: () => service().then((s) => s.hasTemplate()),
    insertTemplate: (options) => service().then((s) => s.insertTemplate(options)),
    removeLeftovers: (sheets) => service().then((s) => s.removeLeftovers(sheets)),
    fillFormulas: (replace) => service().then((s) => s.fillFormulas(replace)),
    validate: (language) => service().then((s) => s.validate(language)),
    selectCell: (sheet, address) => service().then((s) => s.selectCell(sheet, address)),
    markFindings: (findings) => service().then((s) => s.markFindings(findings)),
    clearMarks: () => service().then((s) => s.clearMarks()),
    listVendors: () => service().then((s) => s.listVendors()),
    changeVendors: (request, confirmed) => service().then((s) => s.changeVendors(request, confirmed)),
    listEvaluators: () => service().then((s) => s.listEvaluators()),
    changeEvaluators: (request, confirmed) => service().then((s) => s.changeEvaluators(request, confirmed)),
    makePacks: (settings) => service().then((s) => s.makePacks(settings)),
    openWorkbook: (data) => service().then((s) => s.openWorkbook(data)),
    previewImport: (files) => service().then((s) => s.previewImport(files)),
    checkDecision: () => service().then((s) => s.checkDecision()),
    writeDecision: () => service().then((s) => s.writeDecision()),
    applyImport: (packs, language) => service().then((s) => s.applyImport(packs, language)),
  };
}
