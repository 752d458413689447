import { screen, within } from '@testing-library/react';
import type { EvaluatorChangeRequest, EvaluatorChangeResult } from '../../adapters/excel/contract';
import { EvaluatorChangeRefusedError } from '../../adapters/excel/errors';
import { FakeWorkbookService } from '../testing/fakeWorkbookService';
import { renderOnTab } from '../testing/renderPane';
import { testIds } from '../testIds';
import { MAX_LISTED_INPUTS } from './RemoveConfirm';

const HELD = Array.from({ length: 10 }, (_, i) => ({
  sheet: 'Scorecard',
  cell: `'Scorecard'!D${i + 70}`,
  block: 'vc_EvaluatorInputs',
  value: `${(i % 5) + 1}`,
}));

/** A workbook whose Scorecard has Li and Wang (`start`); Wang's block holds ratings. */
function workbook(start: string[] = ['Li', 'Wang']): FakeWorkbookService {
  const service = new FakeWorkbookService(true);
  service.evaluatorsAnswer = start;
  service.evaluatorChangeAnswer = (request: EvaluatorChangeRequest, confirmed: boolean): EvaluatorChangeResult => {
    if (request.kind === 'add') {
      if (request.name === 'Li') return new EvaluatorChangeRefusedError({ reason: 'duplicate', name: 'Li' }) as never;
      const evaluators = start.length === 0 ? [request.first ?? 'Evaluator 1'] : [...start];
      evaluators.splice(request.before ? evaluators.indexOf(request.before) : evaluators.length, 0, request.name);
      return { applied: true, evaluator: request.name, evaluators, held: [], syncs: 2 };
    }
    if (!confirmed) return { applied: false, evaluator: 'Wang', evaluators: start, held: HELD, syncs: 1 };
    return { applied: true, evaluator: 'Wang', evaluators: ['Li'], held: HELD, syncs: 2 };
  };
  return service;
}

const rows = () =>
  within(screen.getByTestId(testIds.evaluatorRows))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('Evaluators on the Scorecard (Insert tab, once a template exists)', () => {
  it('lists the evaluators and adds one before another, then shows the new list', async () => {
    const service = workbook();
    const pane = await renderOnTab(service, 'insert');
    await screen.findByText('Wang');
    expect(rows()).toEqual(['LiRemove', 'WangRemove']);
    await pane.user.type(screen.getByTestId(testIds.evaluatorNew), 'Chen');
    await pane.user.selectOptions(screen.getByTestId(testIds.evaluatorPosition), 'Wang');
    await pane.user.click(screen.getByTestId(testIds.evaluatorAdd));
    expect(await screen.findByTestId(testIds.evaluatorChanged)).toHaveTextContent('Added Chen as evaluator 2 of 3.');
    expect(service.evaluatorChanges).toEqual([{ request: { kind: 'add', name: 'Chen', before: 'Wang' }, removeConfirmed: false }]);
    expect(rows()).toEqual(['LiRemove', 'ChenRemove', 'WangRemove']);
  });

  it('on the one-evaluator Scorecard asks what to call the current inputs, and cannot remove them', async () => {
    const service = workbook([]);
    const pane = await renderOnTab(service, 'insert');
    expect(await screen.findByText('One evaluator: the Scorecard’s inputs')).toBeInTheDocument();
    expect(screen.queryByTestId(testIds.evaluatorPosition)).not.toBeInTheDocument();
    expect(within(screen.getByTestId(testIds.evaluatorRows)).queryByRole('button')).not.toBeInTheDocument();
    await pane.user.type(screen.getByTestId(testIds.evaluatorFirst), 'Li');
    await pane.user.type(screen.getByTestId(testIds.evaluatorNew), 'Wang');
    await pane.user.click(screen.getByTestId(testIds.evaluatorAdd));
    expect(await screen.findByTestId(testIds.evaluatorChanged)).toHaveTextContent('Added Wang as evaluator 2 of 2.');
    expect(service.evaluatorChanges).toEqual([{ request: { kind: 'add', name: 'Wang', first: 'Li' }, removeConfirmed: false }]);
    expect(rows()).toEqual(['LiRemove', 'WangRemove']);
  });

  it('asks before removing an evaluator whose block holds ratings; keeping writes nothing', async () => {
    const service = workbook();
    const pane = await renderOnTab(service, 'insert');
    await screen.findByText('Wang');
    await pane.user.click(screen.getByRole('button', { name: 'Remove Wang' }));
    const confirm = await screen.findByTestId(testIds.evaluatorConfirm);
    expect(confirm).toHaveTextContent('Their block holds 10 ratings that will be deleted');
    expect(within(confirm).getAllByRole('listitem')).toHaveLength(MAX_LISTED_INPUTS + 1);
    expect(confirm).toHaveTextContent(`…and ${10 - MAX_LISTED_INPUTS} more`);
    expect(screen.getByTestId(testIds.evaluatorKeep)).toHaveTextContent('Keep Wang');
    await pane.user.click(screen.getByTestId(testIds.evaluatorKeep));
    expect(screen.queryByTestId(testIds.evaluatorConfirm)).not.toBeInTheDocument();
    expect(service.evaluatorChanges.map((c) => c.removeConfirmed)).toEqual([false]);

    await pane.user.click(screen.getByRole('button', { name: 'Remove Wang' }));
    await pane.user.click(await screen.findByTestId(testIds.evaluatorRemoveAnyway));
    expect(await screen.findByTestId(testIds.evaluatorChanged)).toHaveTextContent('Removed Wang; 1 evaluator remains.');
    expect(service.evaluatorChanges.map((c) => c.removeConfirmed)).toEqual([false, false, true]);
    expect(rows()).toEqual(['LiRemove']);
    expect(screen.getByRole('button', { name: 'Remove Li' })).toBeDisabled();
  });

  it('says why a change is refused', async () => {
    const service = workbook();
    const pane = await renderOnTab(service, 'insert');
    await screen.findByText('Wang');
    await pane.user.type(screen.getByTestId(testIds.evaluatorNew), 'Li');
    await pane.user.click(screen.getByTestId(testIds.evaluatorAdd));
    expect(await screen.findByTestId(testIds.error)).toHaveTextContent('Evaluators not changedThere is already an evaluator named Li.');
    expect(rows()).toEqual(['LiRemove', 'WangRemove']);
  });
});
