import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useEffect, useState, type MutableRefObject } from 'react';
import { format } from '../../core/i18n/format';
import type { UiMessages } from '../../core/i18n/ui.en';
import { MAX_VENDORS } from '../../core/options';
import type { VendorListProblem, VendorRow, VendorRowProblem } from '../form/formModel';
import { testIds } from '../testIds';
import { useUi } from '../uiStrings';
import { useSectionStyles } from './styles';

const useStyles = makeStyles({
  input: { width: '100%', minWidth: 0 },
  add: { alignSelf: 'flex-start' },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface VendorListProps {
  rows: VendorRow[];
  /** A problem of the whole list (none named, too many). */
  problem: VendorListProblem | null;
  /** Each row's own problem, in row order. */
  rowProblems: readonly (VendorRowProblem | null)[];
  showProblem: boolean;
  onChange(key: number, name: string): void;
  /** Returns the new row's key, or null when the list is full. */
  onAdd(): number | null;
  onRemove(key: number): void;
  /** Filled with each row's input so the form can move focus to a row. */
  inputRefs: MutableRefObject<Map<number, HTMLInputElement>>;
}

/** The message for one row, or undefined. A list with no names is reported on its first row. */
function rowMessage(
  listProblem: VendorListProblem | null,
  problem: VendorRowProblem | null | undefined,
  index: number,
  ui: UiMessages,
): string | undefined {
  if (listProblem?.kind === 'none') return index === 0 ? ui.validation.noVendors : undefined;
  if (!problem) return undefined;
  switch (problem.kind) {
    case 'blank':
      return format(ui.validation.blank, { n: index + 1 });
    case 'tooLong':
      return format(ui.validation.tooLong, { length: problem.length, max: problem.max });
    case 'duplicate':
      return format(ui.validation.duplicate, { name: problem.name });
  }
}

export function VendorList({ rows, problem, rowProblems, showProblem, onChange, onAdd, onRemove, inputRefs }: VendorListProps) {
  const ui = useUi();
  const section = useSectionStyles();
  const styles = useStyles();
  // Focus moves after the render that adds or removes the row.
  const [focusKey, setFocusKey] = useState<number | null>(null);

  useEffect(() => {
    if (focusKey === null) return;
    inputRefs.current.get(focusKey)?.focus();
    setFocusKey(null);
  }, [focusKey, inputRefs]);

  const remove = (index: number) => {
    const row = rows[index];
    if (!row) return;
    const neighbour = rows[index - 1] ?? rows[index + 1];
    onRemove(row.key);
    if (neighbour) setFocusKey(neighbour.key);
  };

  const add = () => {
    const key = onAdd();
    if (key !== null) setFocusKey(key);
  };

  return (
    <fieldset className={section.fieldset}>
      <legend className={section.legend}>{ui.vendors.legend}</legend>
      {rows.map((row, index) => {
        const message = showProblem ? rowMessage(problem, rowProblems[index], index, ui) : undefined;
        const label = format(ui.vendors.row, { n: index + 1 });
        return (
          <Field key={row.key} label={label} validationState={message ? 'error' : 'none'} validationMessage={message}>
            <Input
              className={styles.input}
              data-testid={testIds.vendorInput(index)}
              value={row.name}
              autoComplete="off"
              onChange={(_, data) => onChange(row.key, data.value)}
              ref={(element) => {
                if (element) inputRefs.current.set(row.key, element);
                else inputRefs.current.delete(row.key);
              }}
              contentAfter={
                rows.length > 1 ? (
                  <Button
                    appearance="subtle"
                    size="small"
                    icon={<DeleteRegular />}
                    aria-label={format(ui.vendors.remove, { n: index + 1 })}
                    title={format(ui.vendors.remove, { n: index + 1 })}
                    data-testid={testIds.vendorRemove(index)}
                    onClick={() => remove(index)}
                  />
                ) : undefined
              }
            />
          </Field>
        );
      })}
      {showProblem && problem?.kind === 'tooMany' ? (
        <div className={styles.error} role="alert" data-testid={testIds.vendorsError}>
          {format(ui.validation.tooMany, { max: problem.max, count: problem.count })}
        </div>
      ) : null}
      <Button className={styles.add} icon={<AddRegular />} onClick={add} disabled={rows.length >= MAX_VENDORS} data-testid={testIds.vendorAdd}>
        {ui.vendors.add}
      </Button>
    </fieldset>
  );
}
