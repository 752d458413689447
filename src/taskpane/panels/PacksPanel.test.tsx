import { screen, waitFor, within } from '@testing-library/react';
import type { FieldChange, ImportPreview, MadePacks } from '../../adapters/excel/contract';
import { PackRefusedError, PacksStaleError } from '../../adapters/excel/errors';
import { FakeWorkbookService } from '../testing/fakeWorkbookService';
import { renderOnTab } from '../testing/renderPane';
import { testIds } from '../testIds';

const MADE: MadePacks = {
  masterId: 'id-7',
  idAdded: true,
  packs: [
    { vendor: 'Aurora', fileName: 'Aurora.xlsx', data: new Uint8Array([1, 2, 3]) },
    { vendor: 'Beacon', fileName: 'Beacon.xlsx', data: new Uint8Array([4, 5]) },
  ],
  syncs: 3,
};

const change = (cell: string, field: string, old: string, now: string): FieldChange => ({
  sheet: 'Questions',
  cell,
  field,
  old,
  new: now,
  value: now,
});
const ANSWER = change('E7', 'Q1 answer', '', 'Within 2 hours');
const FEE: FieldChange = { sheet: 'Pricing', cell: 'E7', field: 'platform fee', old: '81000', new: '82000', value: 82000 };
const NOTE = change('G9', 'Q3 note', 'old note', 'new note');

const PREVIEW: ImportPreview = {
  language: 'en',
  syncs: 2,
  packs: [
    { file: 'Beacon.xlsx', merge: { vendor: 'Beacon', round: 2, status: 'conflict', reason: null, changes: [ANSWER], conflicts: [FEE, NOTE] } },
    {
      file: 'Old.xlsx',
      merge: { vendor: 'Aurora', round: 1, status: 'refused', reason: { kind: 'otherMaster', detail: 'id-1' }, changes: [], conflicts: [] },
    },
    { file: 'notes.xlsx', unreadable: true },
  ],
};

async function onPacks(service: FakeWorkbookService, uiLanguage: 'en' | 'zh' = 'en') {
  const pane = await renderOnTab(service, 'packs', { uiLanguage });
  await screen.findByTestId(testIds.makePacks);
  return pane;
}

const xlsx = (name: string) => new File([new Uint8Array([80, 75, 3, 4])], name);

describe('Packs: vendor packs', () => {
  it('makes packs for the checked vendors with the round and deadline, opens each, and offers each to download', async () => {
    const service = new FakeWorkbookService(true);
    service.packsAnswer = MADE;
    let calls = 0;
    // Aurora opens; Beacon's open fails, as Excel on a host without createWorkbook does.
    service.openAnswer = () => (calls++ === 0 ? Promise.resolve() : Promise.reject(new Error('ApiNotFound')));
    const { user } = await onPacks(service);
    await waitFor(() => expect(screen.getByTestId(testIds.packVendor(2))).toBeInTheDocument());
    await user.click(screen.getByRole('checkbox', { name: 'Cirrus' }));
    await user.clear(screen.getByTestId(testIds.packRound));
    await user.type(screen.getByTestId(testIds.packRound), '2');
    await user.type(screen.getByRole('textbox', { name: 'Deadline (optional)' }), '2027-01-15');
    await user.click(screen.getByTestId(testIds.makePacks));

    await waitFor(() => expect(screen.getByTestId(testIds.madePack(1))).toHaveAttribute('data-delivery', 'download'));
    expect(service.packRequests).toEqual([
      { vendors: ['Aurora', 'Beacon'], language: undefined, round: 2, deadline: '2027-01-15', returnTo: undefined },
    ]);
    expect(service.opened).toEqual([3, 2]);
    const status = screen.getByTestId(testIds.makeStatus);
    expect(status).toHaveTextContent('Made 2 packs.');
    expect(status).toHaveTextContent('master id (id-7)');
    expect(screen.getByTestId(testIds.madePack(0))).toHaveTextContent('Aurora.xlsx: opened in a new window');
    expect(screen.getByTestId(testIds.madePack(1))).toHaveTextContent('Beacon.xlsx: this Excel cannot open it as a new workbook: download it');
    const link = within(screen.getByTestId(testIds.madePack(1))).getByRole('link', { name: 'Download Beacon.xlsx' });
    expect(link).toHaveAttribute('download', 'Beacon.xlsx');
    expect(link.getAttribute('href')).toMatch(/^blob:/);
  });

  it('will not make packs for round 0, and says why a master cannot be packed', async () => {
    const service = new FakeWorkbookService(true);
    service.packsAnswer = new PackRefusedError('rowsChanged', ['vc_QuestionIds']);
    const { user } = await onPacks(service);
    await user.clear(screen.getByTestId(testIds.packRound));
    await user.type(screen.getByTestId(testIds.packRound), '0');
    expect(screen.getByTestId(testIds.makePacks)).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByTestId(testIds.makePacks));
    expect(service.packRequests).toEqual([]);
    await user.clear(screen.getByTestId(testIds.packRound));
    await user.type(screen.getByTestId(testIds.packRound), '1');
    await user.click(screen.getByTestId(testIds.makePacks));
    const error = await screen.findByTestId(testIds.error);
    expect(error).toHaveTextContent('Packs not made');
    expect(error).toHaveTextContent('The question or coverage rows (vc_QuestionIds) are not the template’s');
  });
});

describe('Packs: import responses', () => {
  it('previews each file: changes old → new, refusals with their reason, an unreadable file named; applies the changes and the conflicts taken', async () => {
    const service = new FakeWorkbookService(true);
    service.previewAnswer = PREVIEW;
    service.applyAnswer = { written: 2, logSheet: 'Change log', syncs: 2 };
    const { user } = await onPacks(service);
    await user.upload(screen.getByTestId(testIds.packFiles), [xlsx('Beacon.xlsx'), xlsx('Old.xlsx'), xlsx('notes.xlsx')]);

    const beacon = await screen.findByTestId(testIds.packPreview(0));
    expect(service.previews[0]!.map((f) => [f.name, f.data.length])).toEqual([
      ['Beacon.xlsx', 4],
      ['Old.xlsx', 4],
      ['notes.xlsx', 4],
    ]);
    expect(beacon).toHaveTextContent('Beacon.xlsx (Beacon, round 2): 1 change');
    expect(beacon).toHaveTextContent('Questions!E7 Q1 answer: (blank) → Within 2 hours');
    expect(beacon).toHaveTextContent('Pricing!E7 platform fee: 81000 → 82000');
    expect(screen.getByTestId(testIds.packPreview(1))).toHaveTextContent(
      'Old.xlsx (Aurora, round 1): refused: made from another master workbook (pack of master id-1)',
    );
    expect(screen.getByTestId(testIds.packPreview(2))).toHaveTextContent('notes.xlsx: not a workbook that can be read');

    // Every conflict starts at "Keep master"; the buyer takes the vendor's fee only.
    const fee = screen.getByTestId(testIds.conflict(0, 0));
    expect(within(fee).getByRole('radio', { name: 'Keep master' })).toBeChecked();
    await user.click(within(fee).getByRole('radio', { name: 'Take vendor’s' }));
    await user.click(screen.getByTestId(testIds.applyPacks));

    expect(await screen.findByTestId(testIds.applied)).toHaveTextContent('Wrote 2 values; each is logged on the sheet Change log.');
    expect(service.applies).toEqual([{ packs: [{ file: 'Beacon.xlsx', vendor: 'Beacon', round: 2, changes: [ANSWER, FEE] }], language: 'en' }]);
  });

  it('writes nothing for refused packs: Apply stays inactive', async () => {
    const service = new FakeWorkbookService(true);
    service.previewAnswer = { ...PREVIEW, packs: PREVIEW.packs.slice(1) };
    const { user } = await onPacks(service);
    await user.upload(screen.getByTestId(testIds.packFiles), [xlsx('Old.xlsx'), xlsx('notes.xlsx')]);
    expect(await screen.findByTestId(testIds.packPreview(0))).toHaveTextContent('refused: made from another master workbook');
    expect(screen.getByTestId(testIds.importStatus)).toHaveTextContent('Nothing to apply.');
    expect(screen.getByTestId(testIds.applyPacks)).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByTestId(testIds.applyPacks));
    expect(service.applies).toEqual([]);
  });

  it('says the master changed since the preview, naming the cells, when the apply finds it so', async () => {
    const service = new FakeWorkbookService(true);
    service.previewAnswer = PREVIEW;
    service.applyAnswer = new PacksStaleError(['Questions!E7']);
    const { user } = await onPacks(service);
    await user.upload(screen.getByTestId(testIds.packFiles), [xlsx('Beacon.xlsx')]);
    await user.click(await screen.findByTestId(testIds.applyPacks));
    const error = await screen.findByTestId(testIds.error);
    expect(error).toHaveTextContent('Responses not imported');
    expect(error).toHaveTextContent('The master changed since the preview (Questions!E7): nothing was written.');
  });

  it('speaks Chinese in a Chinese pane, refusals included', async () => {
    const service = new FakeWorkbookService(true);
    service.previewAnswer = { ...PREVIEW, packs: PREVIEW.packs.slice(1, 2) };
    const { user } = await onPacks(service, 'zh');
    expect(screen.getByRole('tab', { name: '回复包' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByTestId(testIds.makePacks)).toHaveTextContent('生成回复包');
    await user.upload(screen.getByTestId(testIds.packFiles), [xlsx('Old.xlsx')]);
    expect(await screen.findByTestId(testIds.packPreview(0))).toHaveTextContent(
      'Old.xlsx（Aurora，第 1 轮）: 已拒绝：由另一个主工作簿生成（主工作簿 id-1 的回复包）',
    );
  });
});
