/** Print set-up through Worksheet.pageLayout (ExcelApi 1.9), only where the host has it. */
import { insertTemplate } from '../../../src/adapters/excel/insertTemplate';
import { footerSections } from '../../../src/adapters/excel/writeOps';
import { DEFAULT_OPTIONS } from '../../../src/core/options';
import { createWorkbook, installOfficeGlobals } from '../../excel-double';

const options = { ...DEFAULT_OPTIONS, vendors: [{ name: 'Aurora' }, { name: 'Beacon' }] };

it('splits a footer in Excel codes into its three sections', () => {
  expect(footerSections('&LVendor comparison&C&A&RPage &P of &N · printed &D')).toEqual({ left: 'Vendor comparison', center: '&A', right: 'Page &P of &N · printed &D' });
});

describe('insert sets printing where the host has ExcelApi 1.9', () => {
  it('landscape, one page wide, headers and labels repeated, the footer; the Overview one page tall; still 2 syncs', async () => {
    const wb = createWorkbook();
    const office = installOfficeGlobals(wb, { requirementSets: { ExcelApi: '1.9' } });
    try {
      expect((await insertTemplate(wb.newContext(), options)).syncs).toBe(2);
    } finally {
      office.uninstall();
    }
    const layout = (name: string) => wb.state.sheets.find((s) => s.name === name)!.pageLayout;
    expect(layout('Pricing')).toEqual({
      orientation: 'Landscape',
      zoom: { horizontalFitToPages: 1 },
      titleRows: '$1:$3',
      titleColumns: '$A:$C',
      footer: { left: 'Vendor comparison', center: '&A', right: 'Page &P of &N · printed &D' },
    });
    expect(layout('Overview').zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 1 });
  });

  it('a 1.8 host gets the template without print set-up (the double would refuse the 1.9 calls)', async () => {
    const wb = createWorkbook();
    const office = installOfficeGlobals(wb, { requirementSets: { ExcelApi: '1.8' } });
    try {
      expect((await insertTemplate(wb.newContext(), options)).syncs).toBe(2);
    } finally {
      office.uninstall();
    }
    expect(wb.state.sheets.every((s) => JSON.stringify(s.pageLayout) === JSON.stringify({ footer: {} }))).toBe(true);
  });
});
