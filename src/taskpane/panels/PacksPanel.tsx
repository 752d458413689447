import {
  Body1,
  Button,
  Checkbox,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useId, useMemo, useState } from 'react';
import type { FieldChange, MadePack, PackPreview } from '../../adapters/excel/contract';
import { LANGUAGES, type Language } from '../../core/catalogue/text';
import { MERGE_REFUSALS } from '../../core/i18n/mergeRefusals';
import { format } from '../../core/i18n/format';
import { ErrorBar } from '../components/ErrorBar';
import { usePanelStyles, useSectionStyles } from '../components/styles';
import { chosenChanges, type PackDelivery, type Packs } from '../hooks/usePacks';
import { testIds } from '../testIds';
import { plural, useUi, useUiLanguage } from '../uiStrings';

const isLanguage = (value: string): value is Language => (LANGUAGES as readonly string[]).includes(value);

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  pack: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  who: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * The Packs tab (issue 10): make a pack per vendor (each opened in a new Excel window where the
 * host can, and offered to download), and import returned packs: a preview per file (refused
 * with the reason, or its changes old → new, and each conflict with the buyer's choice), then
 * Apply. Loaded on first show, with the ExcelJS code behind it loaded later still.
 */
export function PacksPanel({ packs }: { packs: Packs }) {
  const styles = useStyles();
  const panel = usePanelStyles();
  const { loadVendors, vendors } = packs;
  useEffect(() => {
    if (vendors === null) void loadVendors();
  }, [loadVendors, vendors]);
  return (
    <div className={panel.panel}>
      <section className={styles.section} aria-labelledby="vc-packs-make">
        <MakeSection packs={packs} />
      </section>
      <section className={styles.section}>
        <ImportSection packs={packs} />
      </section>
    </div>
  );
}

function MakeSection({ packs }: { packs: Packs }) {
  const ui = useUi();
  const panel = usePanelStyles();
  const section = useSectionStyles();
  const [unchecked, setUnchecked] = useState<ReadonlySet<string>>(new Set());
  const [language, setLanguage] = useState<Language | 'workbook'>('workbook');
  const [round, setRound] = useState('1');
  const [deadline, setDeadline] = useState('');
  const [returnTo, setReturnTo] = useState('');
  const vendors = packs.vendors ?? [];
  const chosen = vendors.filter((v) => !unchecked.has(v));
  const roundNumber = /^\s*\d+\s*$/.test(round) ? Number(round) : 0;
  const roundOk = Number.isSafeInteger(roundNumber) && roundNumber >= 1;
  const busy = packs.make.phase === 'busy';
  const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());

  return (
    <>
      <Subtitle2 as="h2" id="vc-packs-make">
        {ui.packs.makeHeading}
      </Subtitle2>
      <Body1 className={panel.intro}>{ui.packs.makeIntro}</Body1>
      {vendors.length > 0 ? (
        <fieldset className={section.fieldset}>
          <legend className={section.legend}>{ui.packs.vendorsLegend}</legend>
          {vendors.map((vendor, i) => (
            <Checkbox
              key={`${i}-${vendor}`}
              label={vendor}
              checked={!unchecked.has(vendor)}
              onChange={(_, data) =>
                setUnchecked((s) => {
                  const next = new Set(s);
                  if (data.checked === true) next.delete(vendor);
                  else next.add(vendor);
                  return next;
                })
              }
              data-testid={testIds.packVendor(i)}
            />
          ))}
        </fieldset>
      ) : null}
      <Field label={ui.packs.language}>
        <RadioGroup layout="horizontal" value={language} onChange={(_, data) => setLanguage(isLanguage(data.value) ? data.value : 'workbook')}>
          <Radio value="workbook" label={ui.packs.asWorkbook} />
          {LANGUAGES.map((l) => (
            <Radio key={l} value={l} label={ui.language[l]} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={ui.packs.round} validationMessage={roundOk ? undefined : ui.packs.refused.badRound}>
        <Input value={round} onChange={(_, data) => setRound(data.value)} inputMode="numeric" data-testid={testIds.packRound} />
      </Field>
      <Field label={ui.packs.deadline}>
        <Input value={deadline} onChange={(_, data) => setDeadline(data.value)} />
      </Field>
      <Field label={ui.packs.returnTo}>
        <Input value={returnTo} onChange={(_, data) => setReturnTo(data.value)} />
      </Field>
      <Button
        className={panel.action}
        appearance="primary"
        disabledFocusable={busy || !roundOk || (vendors.length > 0 && chosen.length === 0)}
        onClick={() =>
          void packs.makePacks({
            // All checked: every vendor (also those added since the list was read).
            vendors: chosen.length === vendors.length ? [] : chosen,
            language: language === 'workbook' ? undefined : language,
            round: roundNumber,
            deadline: optional(deadline),
            returnTo: optional(returnTo),
          })
        }
        data-testid={testIds.makePacks}
      >
        {ui.packs.make}
      </Button>
      <MakeStatus packs={packs} />
    </>
  );
}

function MakeStatus({ packs }: { packs: Packs }) {
  const ui = useUi();
  const panel = usePanelStyles();
  const { phase, result, delivery, error } = packs.make;
  return (
    <div className={panel.status} aria-live="polite" data-testid={testIds.makeStatus}>
      {phase === 'busy' ? <Spinner size="tiny" labelPosition="after" label={ui.packs.making} /> : null}
      {phase === 'done' && result ? (
        <MessageBar intent="success">
          <MessageBarBody>
            {plural(ui.packs.made, result.packs.length)}
            {result.idAdded ? ` ${format(ui.packs.idAdded, { id: result.masterId })}` : ''}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {phase === 'done' && result ? (
        <ul>
          {result.packs.map((pack, i) => (
            <MadePackLine key={pack.fileName} pack={pack} delivery={delivery[i] ?? 'opening'} index={i} />
          ))}
        </ul>
      ) : null}
      {phase === 'failed' ? <ErrorBar error={error} step="makePacks" /> : null}
    </div>
  );
}

/** One pack: how it was opened, and always a link to download it (to send, or where Excel could not open it). */
function MadePackLine({ pack, delivery, index }: { pack: MadePack; delivery: PackDelivery; index: number }) {
  const ui = useUi();
  const url = useMemo(
    () =>
      URL.createObjectURL(
        new Blob([pack.data as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
      ),
    [pack],
  );
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <li data-testid={testIds.madePack(index)} data-delivery={delivery}>
      {pack.fileName}
      {delivery === 'opening' ? null : `: ${delivery === 'opened' ? ui.packs.opened : ui.packs.cannotOpen}`}{' '}
      <Link href={url} download={pack.fileName}>
        {format(ui.packs.download, { file: pack.fileName })}
      </Link>
    </li>
  );
}

function ImportSection({ packs }: { packs: Packs }) {
  const ui = useUi();
  const panel = usePanelStyles();
  const inputId = useId();
  const { phase, preview, take, result, error } = packs.imports;
  const toApply = preview ? chosenChanges(preview, take) : [];
  const busy = phase === 'reading' || phase === 'applying';
  return (
    <>
      <Subtitle2 as="h2">{ui.packs.importHeading}</Subtitle2>
      <Body1 className={panel.intro}>{ui.packs.importIntro}</Body1>
      <Field label={ui.packs.pick}>
        <input
          id={inputId}
          type="file"
          multiple
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={busy}
          onChange={(event) => {
            const files = [...(event.currentTarget.files ?? [])];
            // The same files picked again must preview again.
            event.currentTarget.value = '';
            void packs.preview(files);
          }}
          data-testid={testIds.packFiles}
        />
      </Field>
      <div className={panel.status} aria-live="polite" data-testid={testIds.importStatus}>
        {phase === 'reading' ? <Spinner size="tiny" labelPosition="after" label={ui.packs.reading} /> : null}
        {preview && phase !== 'applied'
          ? preview.packs.map((p, i) => (
              <PackPreviewView key={i} preview={p} index={i} take={take[i] ?? []} onChoose={(c, v) => packs.choose(i, c, v)} />
            ))
          : null}
        {preview && phase !== 'applied' ? (
          <Button
            className={panel.action}
            appearance="primary"
            disabledFocusable={busy || toApply.length === 0}
            onClick={() => void packs.apply()}
            data-testid={testIds.applyPacks}
          >
            {phase === 'applying' ? ui.packs.applying : ui.packs.apply}
          </Button>
        ) : null}
        {preview && phase === 'preview' && toApply.length === 0 ? (
          <MessageBar intent="info">
            <MessageBarBody>{ui.packs.nothingToApply}</MessageBarBody>
          </MessageBar>
        ) : null}
        {phase === 'applied' && result ? (
          <MessageBar intent="success" data-testid={testIds.applied}>
            <MessageBarBody>
              {result.written > 0 ? plural(ui.packs.applied, result.written, { sheet: result.logSheet ?? '' }) : ui.packs.nothingToApply}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {phase === 'failed' ? <ErrorBar error={error} step="importPacks" /> : null}
      </div>
    </>
  );
}

function PackPreviewView({
  preview,
  index,
  take,
  onChoose,
}: {
  preview: PackPreview;
  index: number;
  take: readonly boolean[];
  onChoose(conflict: number, takeVendor: boolean): void;
}) {
  const ui = useUi();
  const language = useUiLanguage();
  const styles = useStyles();
  if (!('merge' in preview)) {
    return (
      <MessageBar intent="error" data-testid={testIds.packPreview(index)}>
        <MessageBarBody>{format(ui.packs.unreadable, { file: preview.file })}</MessageBarBody>
      </MessageBar>
    );
  }
  const { merge } = preview;
  const who = format(ui.packs.who, { file: preview.file, vendor: merge.vendor ?? '?', round: merge.round ?? '?' });
  if (merge.status === 'refused') {
    return (
      <MessageBar intent="error" data-testid={testIds.packPreview(index)}>
        <MessageBarBody>
          {who}: {format(MERGE_REFUSALS[language][merge.reason?.kind ?? 'notPack'], { detail: merge.reason?.detail ?? '' })}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const line = (c: FieldChange) =>
    format(ui.packs.change, { cell: `${c.sheet}!${c.cell}`, field: c.field, old: c.old || ui.packs.blank, new: c.new || ui.packs.blank });
  return (
    <div className={styles.pack} data-testid={testIds.packPreview(index)}>
      <Body1 className={styles.who}>
        {who}: {merge.status === 'unchanged' ? ui.packs.unchanged : plural(ui.packs.changes, merge.changes.length)}
      </Body1>
      {merge.changes.length > 0 ? (
        <ul className={styles.list}>
          {merge.changes.map((c, i) => (
            <li key={i}>{line(c)}</li>
          ))}
        </ul>
      ) : null}
      {merge.conflicts.length > 0 ? (
        <>
          <Body1>{ui.packs.conflictsHeading}</Body1>
          {merge.conflicts.map((c, i) => (
            <Field key={i} label={line(c)}>
              <RadioGroup
                layout="horizontal"
                value={take[i] === true ? 'vendor' : 'master'}
                onChange={(_, data) => onChoose(i, data.value === 'vendor')}
                data-testid={testIds.conflict(index, i)}
              >
                <Radio value="master" label={ui.packs.keepMaster} />
                <Radio value="vendor" label={ui.packs.takeVendor} />
              </RadioGroup>
            </Field>
          ))}
        </>
      ) : null}
    </div>
  );
}
