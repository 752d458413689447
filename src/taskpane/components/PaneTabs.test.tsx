import { screen } from '@testing-library/react';
import { FakeWorkbookService } from '../testing/fakeWorkbookService';
import { renderOnTab } from '../testing/renderPane';
import { testIds } from '../testIds';

describe('pane tabs', () => {
  it('starts on Insert, with only the selected tab in the tab order and a labelled panel', async () => {
    await renderOnTab(new FakeWorkbookService(), 'insert');
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['Insert', 'Formulas', 'Validate', 'Packs', 'Decision']);
    expect(screen.getByRole('tablist', { name: 'Pane sections' })).toBeInTheDocument();
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false', 'false', 'false']);
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1, -1, -1]);
    expect(screen.getByRole('tabpanel', { name: 'Insert' })).toContainElement(screen.getByTestId(testIds.form));
    expect(tabs[0]).toHaveAttribute('aria-controls', screen.getByRole('tabpanel').id);
  });

  it('moves with the arrow keys, Home and End, wrapping around, and shows the panel', async () => {
    const { user } = await renderOnTab(new FakeWorkbookService(), 'insert');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Formulas' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: 'Formulas' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByTestId(testIds.fill)).toBeInTheDocument();
    expect(screen.queryByTestId(testIds.form)).not.toBeInTheDocument();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Insert' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Decision' })).toHaveFocus();
    expect(await screen.findByTestId(testIds.decisionCheck)).toBeInTheDocument();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Packs' })).toHaveFocus();
    expect(await screen.findByTestId(testIds.makePacks)).toBeInTheDocument();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Validate' })).toHaveFocus();
    expect(await screen.findByTestId(testIds.validate)).toBeInTheDocument();
    await user.keyboard('{Home}');
    expect(screen.getByRole('tab', { name: 'Insert' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Decision' })).toHaveFocus();
  });

  it('keeps the form’s values while another tab is shown', async () => {
    const { user } = await renderOnTab(new FakeWorkbookService(), 'insert');
    await user.type(screen.getByRole('textbox', { name: 'Vendor 1' }), 'Aurora');
    await user.click(screen.getByRole('tab', { name: 'Validate' }));
    await screen.findByTestId(testIds.validate);
    await user.click(screen.getByRole('tab', { name: 'Insert' }));
    expect(screen.getByRole('textbox', { name: 'Vendor 1' })).toHaveValue('Aurora');
  });

  it('has Chinese labels in a Chinese pane', async () => {
    await renderOnTab(new FakeWorkbookService(), 'insert', { uiLanguage: 'zh' });
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['插入', '公式', '检查', '回复包', '决策']);
  });
});
