import '../testing/jsdomShims';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { testIds } from '../testIds';
import { UiStringsProvider } from '../uiStrings';
import { PanelBoundary } from './PanelBoundary';

function ChunkThatFailed(): never {
  throw new Error('Loading chunk 69 failed.');
}

describe('PanelBoundary', () => {
  it('shows a panel that failed to load as the pane’s error bar', () => {
    // React reports errors a boundary caught on the console; the assertion is on the screen.
    const reported = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <FluentProvider theme={webLightTheme}>
        <UiStringsProvider language="en">
          <PanelBoundary>
            <ChunkThatFailed />
          </PanelBoundary>
        </UiStringsProvider>
      </FluentProvider>,
    );
    const error = screen.getByTestId(testIds.error);
    expect(error).toHaveTextContent('This part of the pane did not load');
    expect(error).toHaveTextContent('Something went wrong: Loading chunk 69 failed.');
    expect(reported).toHaveBeenCalled();
    reported.mockRestore();
  });

  it('renders its children when nothing fails', () => {
    render(
      <PanelBoundary>
        <p>panel</p>
      </PanelBoundary>,
    );
    expect(screen.getByText('panel')).toBeInTheDocument();
  });
});
