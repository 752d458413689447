/** A pack opened with Excel.createWorkbook: its bytes as base64, or a clear error where the host cannot. */
import { CreateWorkbookUnsupportedError, openWorkbook, toBase64 } from '../../../src/adapters/excel/openWorkbook';

describe('openWorkbook', () => {
  it('hands Excel the bytes as base64 (checked against Node’s own encoder, across chunk boundaries)', async () => {
    const data = new Uint8Array(70_000).map((_, i) => (i * 7919) % 256);
    const createWorkbook = vi.fn(() => Promise.resolve());
    await openWorkbook({ createWorkbook }, true, data);
    expect(createWorkbook).toHaveBeenCalledWith(Buffer.from(data).toString('base64'));
    expect(toBase64(new Uint8Array([]))).toBe('');
  });

  it('refuses where ExcelApi 1.8 or createWorkbook is missing, and passes on Excel’s own failure', async () => {
    await expect(openWorkbook({}, true, new Uint8Array([1]))).rejects.toBeInstanceOf(CreateWorkbookUnsupportedError);
    await expect(openWorkbook({ createWorkbook: () => Promise.resolve() }, false, new Uint8Array([1]))).rejects.toBeInstanceOf(
      CreateWorkbookUnsupportedError,
    );
    await expect(openWorkbook(undefined, true, new Uint8Array([1]))).rejects.toBeInstanceOf(CreateWorkbookUnsupportedError);
    const failing = { createWorkbook: () => Promise.reject(new Error('There was an internal error while processing the request.')) };
    await expect(openWorkbook(failing, true, new Uint8Array([1]))).rejects.toThrow('internal error');
  });
});
