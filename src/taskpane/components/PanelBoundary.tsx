import { Component, type ReactNode } from 'react';
import { ErrorBar } from './ErrorBar';

interface PanelBoundaryState {
  error: unknown;
}

/**
 * Catch point for a lazily loaded panel: a chunk that fails to load (server gone, stale deploy)
 * shows the pane's error bar in that tab instead of taking the whole pane down.
 */
export class PanelBoundary extends Component<{ children: ReactNode }, PanelBoundaryState> {
  override state: PanelBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): PanelBoundaryState {
    return { error };
  }

  override render() {
    return this.state.error === null ? this.props.children : <ErrorBar error={this.state.error} step="load" />;
  }
}
