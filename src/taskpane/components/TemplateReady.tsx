import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { InsertResult } from '../../adapters/excel/contract';
import { format } from '../../core/i18n/format';
import { SHEET_NAMES } from '../../core/i18n/sheetNames';
import type { PaneTab } from '../paneTabs';
import { testIds } from '../testIds';
import { plural, useUi, useUiLanguage } from '../uiStrings';
import { usePanelStyles } from './styles';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXXL },
  heading: {
    margin: 0,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase400,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

export interface TemplateReadyProps {
  /** The insert just made, or null when the workbook held a template before the pane did anything. */
  result: InsertResult | null;
  onGoTo(tab: PaneTab): void;
}

/**
 * Instead of the form once the workbook holds a template: what was created (or that one was
 * already here), the next steps and the actions that now apply. Focus moves to its heading after
 * an insert, so keyboard and screen-reader users land on the outcome, not on the page body.
 */
export function TemplateReady({ result, onGoTo }: TemplateReadyProps) {
  const ui = useUi();
  const language = useUiLanguage();
  const styles = useStyles();
  const panel = usePanelStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  const justInserted = result !== null;
  useEffect(() => {
    if (justInserted) heading.current?.focus();
  }, [justInserted]);

  const names = SHEET_NAMES[language];
  const sheetName = (key: 'pricing' | 'questions') => result?.sheets.find((s) => s.key === key)?.name ?? names[key];
  return (
    <section className={styles.root} aria-labelledby={`${testIds.ready}-heading`} data-testid={testIds.ready}>
      {result ? (
        <MessageBar intent="success" layout="multiline" data-testid={testIds.success}>
          <MessageBarBody>
            <MessageBarTitle>{ui.result.successTitle}</MessageBarTitle>
            {plural(ui.result.success, result.vendorCount, {
              count: result.sheets.length,
              vendors: result.vendorCount,
              sheets: result.sheets.map((s) => s.name).join(ui.listSeparator),
            })}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent="info" layout="multiline" data-testid={testIds.exists}>
          <MessageBarBody>
            <MessageBarTitle>{ui.result.existsTitle}</MessageBarTitle>
            {ui.result.exists}
          </MessageBarBody>
        </MessageBar>
      )}
      <h2 id={`${testIds.ready}-heading`} ref={heading} tabIndex={-1} className={styles.heading}>
        {ui.result.nextTitle}
      </h2>
      <ol className={styles.steps} data-testid={testIds.nextSteps}>
        {ui.result.next.map((step) => (
          <li key={step}>{format(step, { pricing: sheetName('pricing'), questions: sheetName('questions') })}</li>
        ))}
      </ol>
      <div className={panel.buttons}>
        <Button appearance="primary" onClick={() => onGoTo('validate')} data-testid={testIds.goValidate}>
          {ui.result.goValidate}
        </Button>
        <Button onClick={() => onGoTo('formulas')} data-testid={testIds.goFormulas}>
          {ui.result.goFormulas}
        </Button>
      </div>
    </section>
  );
}
