/** jsdom lacks ResizeObserver, which Fluent's MessageBar uses to decide its layout. Every browser
 * and Office webview has it; tests only need a stand-in that never reports a resize. */
if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

/** jsdom has no object URLs (the packs' download links); a counter stands in for blob: URLs. */
if (typeof URL.createObjectURL !== 'function') {
  let next = 0;
  URL.createObjectURL = () => `blob:vc-test/${++next}`;
  URL.revokeObjectURL = () => undefined;
}
export {};
