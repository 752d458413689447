import type { Expectation, ImportProblem, Issue } from './problems';

export type Where = { index: number; name?: string } | undefined;

/**
 * Collects problems while the import walks a file, so a user sees every mistake at once.
 * Each check returns the value when it is good, or undefined when it is absent (undefined or
 * null: an optional field) or bad (then a problem is recorded).
 */
export class Checker {
  constructor(
    readonly problems: ImportProblem[] = [],
    private readonly where: Where = undefined,
  ) {}

  /** The same problem list, with problems naming the given vendor. */
  forVendor(index: number, name: string | undefined): Checker {
    return new Checker(this.problems, name === undefined ? { index } : { index, name });
  }

  add(field: string, issue: Issue): void {
    this.problems.push(this.where ? { vendor: this.where, field, issue } : { field, issue });
  }

  private invalid(field: string, expected: Expectation, got: unknown): undefined {
    this.add(field, { kind: 'invalid', expected, got });
    return undefined;
  }

  nonNegative(value: unknown, field: string): number | undefined {
    if (absent(value)) return undefined;
    return isNumber(value) && value >= 0 ? value : this.invalid(field, { kind: 'nonNegative' }, value);
  }

  positive(value: unknown, field: string): number | undefined {
    if (absent(value)) return undefined;
    return isNumber(value) && value > 0 ? value : this.invalid(field, { kind: 'positive' }, value);
  }

  fraction(value: unknown, field: string): number | undefined {
    if (absent(value)) return undefined;
    return isNumber(value) && value >= 0 && value <= 1 ? value : this.invalid(field, { kind: 'fraction' }, value);
  }

  whole(value: unknown, field: string, min: number, max?: number): number | undefined {
    if (absent(value)) return undefined;
    const good = isNumber(value) && Number.isInteger(value) && value >= min && (max === undefined || value <= max);
    if (good) return value;
    return this.invalid(field, max === undefined ? { kind: 'wholeAtLeast', min } : { kind: 'wholeRange', min, max }, value);
  }

  text(value: unknown, field: string, max?: number): string | undefined {
    if (absent(value)) return undefined;
    if (typeof value === 'string' && (max === undefined || value.length <= max)) return value;
    return this.invalid(field, max === undefined ? { kind: 'text' } : { kind: 'text', max }, value);
  }

  oneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T | undefined {
    if (absent(value)) return undefined;
    const found = allowed.find((a) => a === value);
    return found ?? this.invalid(field, { kind: 'oneOf', allowed }, value);
  }

  /** A three-letter code; any case is accepted and upper-cased. */
  currency(value: unknown, field: string): string | undefined {
    if (absent(value)) return undefined;
    if (typeof value === 'string' && /^[A-Za-z]{3}$/.test(value.trim())) return value.trim().toUpperCase();
    return this.invalid(field, { kind: 'currencyCode' }, value);
  }

  list(value: unknown, field: string): unknown[] | undefined {
    if (absent(value)) return undefined;
    return Array.isArray(value) ? value : this.invalid(field, { kind: 'list' }, value);
  }

  /** A plain object whose keys are all in `allowed` (when given); unknown keys are reported
   * one by one. */
  object(value: unknown, field: string, allowed?: readonly string[]): Record<string, unknown> | undefined {
    if (absent(value)) return undefined;
    if (!isPlainObject(value)) return this.invalid(field, { kind: 'object' }, value);
    for (const key of Object.keys(value)) {
      if (allowed && !allowed.includes(key)) this.add(join(field, key), { kind: 'unknownKey', allowed });
    }
    return value;
  }
}

export function absent(value: unknown): value is undefined | null {
  return value === undefined || value === null;
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "tiers" + "basic" -> "tiers.basic"; "" + "name" -> "name". */
export function join(parent: string, key: string): string {
  return parent ? `${parent}.${key}` : key;
}
