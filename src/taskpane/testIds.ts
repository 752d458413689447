/**
 * data-testid values shared by the components and every test that drives the pane (React
 * Testing Library now, a browser test later). Row-based ids use the row's position, 0-based.
 */
import type { ScenarioId } from '../core/catalogue/scenarios';
import type { Language } from '../core/catalogue/text';

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
  status: 'vc-status',
  busy: 'vc-busy',
  success: 'vc-success',
  error: 'vc-error',
  exists: 'vc-exists',
  noHost: 'vc-no-host',
} as const;
