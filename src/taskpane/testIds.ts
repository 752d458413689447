/**
 * data-testid values shared by the components and every test that drives the pane (React
 * Testing Library now, a browser test later). Row-based ids use the row's position, 0-based.
 */
import type { ScenarioId } from '../core/catalogue/scenarios';
import type { Language } from '../core/catalogue/text';
import type { PaneTab } from './paneTabs';
import type { FindingFilter } from './validation/findingGroups';

export const testIds = {
  app: 'vc-app',
  form: 'vc-form',
  vendorInput: (index: number) => `vc-vendor-name-${index}`,
  vendorRemove: (index: number) => `vc-vendor-remove-${index}`,
  vendorAdd: 'vc-vendor-add',
  vendorsError: 'vc-vendors-error',
  term: 'vc-term',
  users: 'vc-users',
  currency: 'vc-currency',
  language: (language: Language) => `vc-language-${language}`,
  scenario: (id: ScenarioId) => `vc-scenario-${id}`,
  insert: 'vc-insert',
  problems: 'vc-form-problems',
  insertConfirm: 'vc-insert-confirm',
  insertBack: 'vc-insert-back',
  insertAnyway: 'vc-insert-anyway',
  retryHint: 'vc-retry-hint',
  ready: 'vc-ready',
  nextSteps: 'vc-next-steps',
  goValidate: 'vc-go-validate',
  goFormulas: 'vc-go-formulas',
  goInsert: 'vc-go-insert',
  markScope: 'vc-mark-scope',
  status: 'vc-status',
  cleanUp: 'vc-clean-up',
  cleaned: 'vc-cleaned',
  busy: 'vc-busy',
  success: 'vc-success',
  error: 'vc-error',
  exists: 'vc-exists',
  noHost: 'vc-no-host',
  tab: (tab: PaneTab) => `vc-tab-${tab}`,
  panel: (tab: PaneTab) => `vc-panel-${tab}`,
  fill: 'vc-fill',
  fillStatus: 'vc-fill-status',
  fillBusy: 'vc-fill-busy',
  fillResult: 'vc-fill-result',
  confirm: 'vc-fill-confirm',
  overwrittenCell: (index: number) => `vc-overwritten-${index}`,
  overwrittenLink: (index: number) => `vc-overwritten-link-${index}`,
  confirmReplace: 'vc-fill-replace',
  confirmCancel: 'vc-fill-cancel',
  validate: 'vc-validate',
  validateStatus: 'vc-validate-status',
  validateBusy: 'vc-validate-busy',
  summary: 'vc-summary',
  counts: 'vc-counts',
  notTemplate: 'vc-not-template',
  filter: (filter: FindingFilter) => `vc-filter-${filter}`,
  /** One accordion item per vendor (or the workbook), in display order. */
  findingGroup: (index: number) => `vc-finding-group-${index}`,
  /** Every rendered finding row carries this id; count them to check how many rows are in the DOM. */
  findingRow: 'vc-finding-row',
  showMore: (index: number) => `vc-show-more-${index}`,
  mark: 'vc-mark',
  clearMarks: 'vc-clear-marks',
  actionNotice: 'vc-action-notice',
} as const;
