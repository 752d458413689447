/** jsdom lacks ResizeObserver, which Fluent's MessageBar uses to decide its layout. Every browser
 * and Office webview has it; tests only need a stand-in that never reports a resize. */
if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
export {};
