import type { EvaluatorChangeRefusal } from '../../core/evaluators/planEvaluatorChange';
import type { VendorChangeRefusal } from '../../core/vendors/planVendorChange';
/** Typed errors the Office.js adapter raises; the pane's one message bar turns them into text. */
export class TemplateExistsError extends Error {
  constructor(readonly sheetName: string | null) {
    super(`The workbook already holds a Vendor Compare template${sheetName ? ` (sheet ${sheetName})` : ''}.`);
    this.name = 'TemplateExistsError';
  }
}

/** Excel refused the batch. Operations queued before the failing one may have been applied,
 * so the adapter removes what it created before raising this. `cleanupFailed` is true when
 * that removal failed too (its error is `cleanupError`), so parts of the template may remain. */
export class ExcelWriteError extends Error {
  readonly cleanupFailed: boolean;
  readonly cleanupError: unknown;

  constructor(
    message: string,
    readonly code: string | undefined,
    details: { cause?: unknown; cleanupError?: unknown; cleanupFailed?: boolean } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'ExcelWriteError';
    this.cleanupFailed = details.cleanupFailed ?? false;
    this.cleanupError = details.cleanupError;
  }
}

/** The workbook lacks a block a command needs (a defined name missing, at #REF!, or on the
 * wrong sheet), so the command cannot run. `names` lists what was looked for. */
export class TemplateStructureError extends Error {
  constructor(
    readonly command: 'fill' | 'watch' | 'decision',
    readonly names: readonly string[],
  ) {
    super(
      `The workbook's template is incomplete: ${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} missing or broken. ` +
        'Run Validate to see what is wrong.',
    );
    this.name = 'TemplateStructureError';
  }
}

/**
 * Fill refused to touch the workbook: made by a newer version, or a previous version's template
 * whose upgrade cannot be placed (columns inserted before the vendors; or content of the
 * user's where the upgrade adds its tables, listed in `cells`). Nothing was written.
 */
export class FillRefusedError extends Error {
  constructor(
    readonly reason: 'newerVersion' | 'upgradeColumns' | 'upgradeOccupied',
    readonly cells: readonly string[] = [],
  ) {
    super(`Fill refused (${reason})${cells.length > 0 ? `: ${cells.join(', ')}` : ''}.`);
    this.name = 'FillRefusedError';
  }
}

/** A finding points at a sheet that no longer exists (renamed or deleted since validation). */
export class SheetNotFoundError extends Error {
  constructor(readonly sheetName: string) {
    super(`The sheet ${sheetName} no longer exists. Validate again to refresh the findings.`);
    this.name = 'SheetNotFoundError';
  }
}

/**
 * The write failed and removing what it wrote failed too (`cleanupFailed` is true), so the
 * workbook may hold some of `sheetNames` (the sheets this insert was adding; none of them
 * existed before) and some vc_ names, which make a new insert report an existing template.
 */
export class PartialTemplateError extends ExcelWriteError {
  constructor(
    message: string,
    code: string | undefined,
    cause: unknown,
    cleanupError: unknown,
    readonly sheetNames: readonly string[],
  ) {
    super(message, code, { cause, cleanupError, cleanupFailed: true });
  }
}

/**
 * A sheet the command writes to is protected with a password (the user's own, not the
 * template's password-less protection): nothing was written. The user unprotects it
 * (Review > Unprotect Sheet) and runs the command again.
 */
export class SheetPasswordError extends Error {
  constructor(readonly sheetName: string) {
    super(`The sheet ${sheetName} is protected with a password. Nothing was changed: unprotect it (Review > Unprotect Sheet) and try again.`);
    this.name = 'SheetPasswordError';
  }
}

/** A write failed and putting back the protection of the sheets it had unprotected failed too:
 * `sheetNames` may be left unprotected. `message`/`code` are the write's own error. */
export class ProtectionNotRestoredError extends ExcelWriteError {
  constructor(
    message: string,
    code: string | undefined,
    cause: unknown,
    readonly sheetNames: readonly string[],
  ) {
    super(message, code, { cause });
    this.name = 'ProtectionNotRestoredError';
  }
}

/** A vendor cannot be added or removed as asked (why: the planner's refusal). Nothing was written. */
export class VendorChangeRefusedError extends Error {
  constructor(readonly refusal: VendorChangeRefusal) {
    super(`Vendor change refused (${refusal.reason}).`);
    this.name = 'VendorChangeRefusedError';
  }
}

/** An evaluator cannot be added or removed as asked (why: the planner's refusal). Nothing was written. */
export class EvaluatorChangeRefusedError extends Error {
  constructor(readonly refusal: EvaluatorChangeRefusal) {
    super(`Evaluator change refused (${refusal.reason}).`);
    this.name = 'EvaluatorChangeRefusedError';
  }
}

/** Packs cannot be made from this workbook: why, and the names or vendor at fault. */
export class PackRefusedError extends Error {
  constructor(
    readonly reason: 'noVendors' | 'rowsChanged' | 'unknownVendor' | 'badRound' | 'layout',
    readonly detail: string[] = [],
  ) {
    super(`Packs refused (${reason})${detail.length > 0 ? `: ${detail.join(', ')}` : ''}.`);
    this.name = 'PackRefusedError';
  }
}

/** Between preview and apply the buyer changed cells the import would write: nothing written. */
export class PacksStaleError extends Error {
  constructor(readonly cells: string[]) {
    super(`The master changed since the preview (${cells.join(', ')}): nothing was written. Preview again.`);
    this.name = 'PacksStaleError';
  }
}
