import { screen, within } from '@testing-library/react';
import type { VendorChangeRequest, VendorChangeResult } from '../../adapters/excel/contract';
import { VendorChangeRefusedError } from '../../adapters/excel/errors';
import { FakeWorkbookService } from '../testing/fakeWorkbookService';
import { renderOnTab } from '../testing/renderPane';
import { testIds } from '../testIds';
import { MAX_LISTED_INPUTS } from './VendorEditor';

const HELD = Array.from({ length: 11 }, (_, i) => ({
  sheet: 'Pricing',
  cell: `'Pricing'!E${i + 7}`,
  block: 'vc_PlatformFee',
  value: `${1000 * (i + 1)}`,
}));

/** A workbook of Aurora, Beacon, Cirrus; Beacon's column holds inputs. */
function workbook(): FakeWorkbookService {
  const service = new FakeWorkbookService(true);
  service.changeAnswer = (request: VendorChangeRequest, confirmed: boolean): VendorChangeResult => {
    if (request.kind === 'add') {
      if (request.name === 'Aurora') return new VendorChangeRefusedError({ reason: 'duplicate', name: 'Aurora' }) as never;
      const vendors = ['Aurora', 'Beacon', 'Cirrus'];
      vendors.splice(request.before ? vendors.indexOf(request.before) : 3, 0, request.name);
      return { applied: true, vendor: request.name, vendors, held: [], syncs: 2 };
    }
    if (!confirmed) return { applied: false, vendor: 'Beacon', vendors: ['Aurora', 'Beacon', 'Cirrus'], held: HELD, syncs: 1 };
    return { applied: true, vendor: 'Beacon', vendors: ['Aurora', 'Cirrus'], held: HELD, syncs: 2 };
  };
  return service;
}

const rows = () =>
  within(screen.getByTestId(testIds.vendorRows))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('Vendors in this workbook (Insert tab, once a template exists)', () => {
  it('lists the vendors and adds one before another, then shows the new list', async () => {
    const service = workbook();
    const pane = await renderOnTab(service, 'insert');
    await screen.findByText('Aurora');
    expect(rows()).toEqual(['AuroraRemove', 'BeaconRemove', 'CirrusRemove']);
    await pane.user.type(screen.getByTestId(testIds.vendorNew), 'Delta');
    await pane.user.selectOptions(screen.getByTestId(testIds.vendorPosition), 'Beacon');
    await pane.user.click(screen.getByTestId(testIds.vendorAddToWorkbook));
    expect(await screen.findByTestId(testIds.vendorChanged)).toHaveTextContent('Added Delta as vendor 2 of 4.');
    expect(service.vendorChanges).toEqual([{ request: { kind: 'add', name: 'Delta', before: 'Beacon' }, removeConfirmed: false }]);
    expect(rows()).toEqual(['AuroraRemove', 'DeltaRemove', 'BeaconRemove', 'CirrusRemove']);
  });

  it('asks before removing a vendor whose column holds inputs; keeping it writes nothing', async () => {
    const service = workbook();
    const pane = await renderOnTab(service, 'insert');
    await screen.findByText('Beacon');
    await pane.user.click(screen.getByRole('button', { name: 'Remove Beacon' }));
    const confirm = await screen.findByTestId(testIds.vendorConfirm);
    expect(confirm).toHaveTextContent('Its column holds 11 inputs that will be deleted');
    expect(within(confirm).getAllByRole('listitem')).toHaveLength(MAX_LISTED_INPUTS + 1);
    expect(confirm).toHaveTextContent(`…and ${11 - MAX_LISTED_INPUTS} more`);
    await pane.user.click(screen.getByTestId(testIds.vendorKeep));
    expect(screen.queryByTestId(testIds.vendorConfirm)).not.toBeInTheDocument();
    expect(service.vendorChanges.map((c) => c.removeConfirmed)).toEqual([false]);

    await pane.user.click(screen.getByRole('button', { name: 'Remove Beacon' }));
    await pane.user.click(await screen.findByTestId(testIds.vendorRemoveAnyway));
    expect(await screen.findByTestId(testIds.vendorChanged)).toHaveTextContent('Removed Beacon; 2 vendors remain.');
    expect(service.vendorChanges.map((c) => c.removeConfirmed)).toEqual([false, false, true]);
    expect(rows()).toEqual(['AuroraRemove', 'CirrusRemove']);
  });

  it('says why a change is refused', async () => {
    const service = workbook();
    const pane = await renderOnTab(service, 'insert');
    await screen.findByText('Aurora');
    await pane.user.type(screen.getByTestId(testIds.vendorNew), 'Aurora');
    await pane.user.click(screen.getByTestId(testIds.vendorAddToWorkbook));
    expect(await screen.findByTestId(testIds.error)).toHaveTextContent('Vendors not changedThere is already a vendor named Aurora.');
    expect(rows()).toEqual(['AuroraRemove', 'BeaconRemove', 'CirrusRemove']);
  });
});
