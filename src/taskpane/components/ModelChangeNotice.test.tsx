import { act, screen, waitFor, within } from '@testing-library/react';
import type { FillResult } from '../../adapters/excel/contract';
import { FakeWorkbookService, deferred } from '../testing/fakeWorkbookService';
import { renderPane } from '../testing/renderPane';
import { testIds } from '../testIds';

const refilled = (...vendors: string[]): FillResult => ({ changedVendors: vendors, overwritten: [], applied: true, syncs: 2 });

async function watching(service = new FakeWorkbookService(true)) {
  const pane = renderPane(service);
  await waitFor(() => expect(service.activeWatchers).toHaveLength(1));
  return { ...pane, service, watcher: service.activeWatchers[0]! };
}

describe('model changes', () => {
  it('starts watching once the workbook is known to hold a template, and says what was refilled', async () => {
    const { watcher } = await watching();
    expect(screen.queryByTestId(testIds.modelNotice)).not.toBeInTheDocument();
    act(() => watcher.onChange(refilled('Aurora')));
    expect(screen.getByTestId(testIds.modelNotice)).toHaveTextContent('Aurora’s model changed: formulas refilled');
    act(() => watcher.onChange(refilled('Aurora', 'Beacon')));
    expect(screen.getAllByTestId(testIds.modelNotice)).toHaveLength(1);
    expect(screen.getByTestId(testIds.modelNotice)).toHaveTextContent('Models changed for Aurora, Beacon: formulas refilled');
  });

  it('does not block: the form stays usable, the note shows on every tab and can be dismissed', async () => {
    const { user, watcher } = await watching();
    act(() => watcher.onChange(refilled('Aurora')));
    await user.click(screen.getByRole('tab', { name: 'Formulas' }));
    expect(screen.getByTestId(testIds.modelNotice)).toBeInTheDocument();
    expect(screen.getByTestId(testIds.fill)).toBeEnabled();
    await user.click(within(screen.getByTestId(testIds.modelNotice)).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId(testIds.modelNotice)).not.toBeInTheDocument();
  });

  it('says nothing for a change that needed no refill', async () => {
    const { watcher } = await watching();
    act(() => watcher.onChange(refilled()));
    expect(screen.queryByTestId(testIds.modelNotice)).not.toBeInTheDocument();
  });

  it('warns when typed values kept formulas from being refilled', async () => {
    const { watcher } = await watching();
    act(() =>
      watcher.onChange({ changedVendors: [], overwritten: [{ vendor: 'Aurora', sheet: 'Pricing', address: 'D31' }], applied: false, syncs: 1 }),
    );
    expect(screen.getByTestId(testIds.modelNotice)).toHaveTextContent(
      'A pricing model changed, but 1 formula cell(s) hold typed values and were left alone.',
    );
  });

  it('stops watching on unmount', async () => {
    const { unmount, service, watcher } = await watching();
    unmount();
    expect(watcher.stopped).toBe(true);
    expect(service.activeWatchers).toHaveLength(0);
  });

  it('stops a watcher that registers only after the pane unmounted', async () => {
    const service = new FakeWorkbookService(true);
    const registered = deferred<void>();
    service.watchAnswer = () => registered.promise;
    const { unmount } = renderPane(service);
    // The notice follows the opening check, which starts the watch.
    await screen.findByTestId(testIds.exists);
    unmount();
    registered.resolve();
    await waitFor(() => expect(service.watchers).toHaveLength(1));
    await waitFor(() => expect(service.watchers[0]!.stopped).toBe(true));
  });

  it('does not watch a workbook without a template, and starts once one is inserted', async () => {
    const service = new FakeWorkbookService(false);
    const { user } = renderPane(service);
    await waitFor(() => expect(screen.getByTestId(testIds.insert)).toBeEnabled());
    expect(service.watchers).toHaveLength(0);
    await user.type(screen.getByRole('textbox', { name: 'Vendor 1' }), 'Aurora');
    await user.click(screen.getByRole('button', { name: 'Insert template' }));
    await screen.findByTestId(testIds.success);
    await waitFor(() => expect(service.activeWatchers).toHaveLength(1));
  });

  it('tells the user when model changes cannot be followed', async () => {
    const service = new FakeWorkbookService(true);
    service.watchAnswer = new Error('events unsupported');
    renderPane(service);
    const notice = await screen.findByTestId(testIds.modelNotice);
    expect(notice).toHaveTextContent('Model changes are not followed');
    expect(notice).toHaveTextContent('Something went wrong: events unsupported');
  });

  it('tells the user when a refill after a model change fails', async () => {
    const { watcher } = await watching();
    act(() => watcher.onError(new Error('Excel is busy')));
    expect(screen.getByTestId(testIds.modelNotice)).toHaveTextContent('Something went wrong: Excel is busy');
  });
});
