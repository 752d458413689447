import { useCallback, useMemo, useRef, useState } from 'react';
import type { ScenarioId } from '../../core/catalogue/scenarios';
import type { Language } from '../../core/catalogue/text';
import { MAX_VENDORS } from '../../core/options';
import { hasErrors, initialValues, validateForm, type FormErrors, type FormValues } from '../form/formModel';

function countProblems(errors: FormErrors): number {
  return (errors.vendors ? 1 : 0) + errors.rows.filter(Boolean).length + (errors.term ? 1 : 0) + (errors.users ? 1 : 0);
}

export interface TemplateForm {
  values: FormValues;
  errors: FormErrors;
  /** Errors show from the first insert attempt on, then follow every change. Not on blur: a
   * message appearing on blur moves the Insert button between mouse down and up, eating the click. */
  showErrors: boolean;
  setVendorName(key: number, name: string): void;
  /** Returns the new row's key, or null when the list is full. */
  addVendor(): number | null;
  removeVendor(key: number): void;
  setTerm(text: string): void;
  setUsers(text: string): void;
  setCurrency(currency: string): void;
  setLanguage(language: Language): void;
  setScenario(id: ScenarioId, checked: boolean): void;
  /** Marks every field as shown; returns true when the form is valid. */
  attemptSubmit(): boolean;
  /** How many fields have a problem (a row, the list, term, users). */
  problemCount: number;
}

export function useTemplateForm(defaultLanguage: Language): TemplateForm {
  const [values, setValues] = useState<FormValues>(() => initialValues(defaultLanguage));
  const [submitted, setSubmitted] = useState(false);
  const nextKey = useRef(1);

  const errors = useMemo(() => validateForm(values), [values]);

  const update = useCallback((patch: Partial<FormValues>) => setValues((v) => ({ ...v, ...patch })), []);

  const addVendor = useCallback((): number | null => {
    if (values.vendors.length >= MAX_VENDORS) return null;
    const key = nextKey.current++;
    setValues((v) => ({ ...v, vendors: [...v.vendors, { key, name: '' }] }));
    return key;
  }, [values.vendors.length]);

  return {
    values,
    errors,
    showErrors: submitted,
    problemCount: countProblems(errors),
    setVendorName: (key, name) =>
      setValues((v) => ({ ...v, vendors: v.vendors.map((row) => (row.key === key ? { ...row, name } : row)) })),
    addVendor,
    removeVendor: (key) =>
      // The list keeps at least one row to type into.
      setValues((v) => (v.vendors.length <= 1 ? v : { ...v, vendors: v.vendors.filter((row) => row.key !== key) })),
    setTerm: (term) => update({ term }),
    setUsers: (users) => update({ users }),
    setCurrency: (currency) => update({ currency }),
    setLanguage: (language) => update({ language }),
    setScenario: (id, checked) =>
      setValues((v) => ({
        ...v,
        scenarios: checked ? [...v.scenarios.filter((s) => s !== id), id] : v.scenarios.filter((s) => s !== id),
      })),
    attemptSubmit: () => {
      setSubmitted(true);
      return !hasErrors(errors);
    },
  };
}
