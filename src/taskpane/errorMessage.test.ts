import {
  ExcelWriteError,
  FillRefusedError,
  PartialTemplateError,
  ProtectionNotRestoredError,
  SheetNotFoundError,
  SheetPasswordError,
  TemplateStructureError,
} from '../adapters/excel/errors';
import { messages } from '../core/i18n/messages';
import { describeError } from './errorMessage';

describe('describeError', () => {
  it('names the broken blocks of an incomplete template, in the pane language', () => {
    const text = describeError(new TemplateStructureError('fill', ['vc_Model', 'vc_Computed']), 'fill', messages('zh').ui);
    expect(text.body).toBe('此工作簿中的模板不完整：vc_Model、vc_Computed缺失或已损坏。请运行“检查”查看问题。');
  });

  it('says a workbook made before the Decision sheet has nowhere for the results, under the write’s title', () => {
    const text = describeError(new TemplateStructureError('decision', ['vc_DecisionWrittenOn']), 'decisionWrite', messages('en').ui);
    expect(text).toEqual({
      title: 'Results not written',
      body: 'This workbook was made before the Decision sheet existed, so the results have nowhere to go; nothing was written. The check shown above still holds.',
    });
  });

  it('says why fill changed nothing, naming the cells in the way of an upgrade', () => {
    const text = describeError(new FillRefusedError('upgradeOccupied', ['Assumptions!A53', 'Assumptions!B53']), 'fill', messages('en').ui);
    expect(text.body).toContain('(Assumptions!A53, Assumptions!B53)');
    expect(text.body).toContain('Nothing was changed');
    expect(describeError(new FillRefusedError('newerVersion'), 'fill', messages('zh').ui).body).toContain('更新版本');
  });

  it('says which sheet a stale finding points at', () => {
    const text = describeError(new SheetNotFoundError('Questions'), 'select', messages('en').ui);
    expect(text.body).toBe('The sheet Questions no longer exists. Validate again to refresh the findings.');
  });

  const partial = () => new PartialTemplateError('Out of memory.', 'GeneralException', null, new Error('cleanup'), ['Overview', 'Pricing (2)']);

  it('after a failed insert whose cleanup failed too, names the sheets and the vc_ names to delete (English)', () => {
    const text = describeError(partial(), 'insert', messages('en').ui);
    expect(text.title).toBe(messages('en').ui.result.errorTitle);
    expect(text.body).toBe(
      'Writing the template failed, and removing what was already written failed too, so this workbook may hold part of a template. ' +
        'To remove it, delete these sheets if they are there: Overview, Pricing (2). ' +
        'Then choose Formulas > Name Manager and delete every name that starts with vc_. ' +
        'Until both are gone, inserting again will say the workbook already holds a template. Details: Out of memory.',
    );
  });

  it('says the same in Chinese, with the Chinese Excel menu names', () => {
    const text = describeError(partial(), 'insert', messages('zh').ui);
    expect(text.title).toBe('模板未插入');
    expect(text.body).toBe(
      '写入模板失败，撤销已写入的内容也失败了，因此此工作簿中可能残留部分模板。' +
        '请删除以下工作表（如存在）：Overview、Pricing (2)。然后选择“公式”>“名称管理器”，删除所有以 vc_ 开头的名称。' +
        '两者都删除之前，再次插入会提示此工作簿已包含模板。详细信息：Out of memory.',
    );
  });

  it('still explains the clean-up when the error does not say which sheets were added', () => {
    const error = new ExcelWriteError('boom', undefined, { cleanupFailed: true });
    for (const lang of ['en', 'zh'] as const) {
      const body = describeError(error, 'insert', messages(lang).ui).body;
      expect(body).toBe(messages(lang).ui.result.partialSheetsUnknown.replace('{message}', 'boom'));
      expect(body).toContain('vc_');
    }
  });

  it("shows Excel's own message when the cleanup worked, and says nothing was left behind", () => {
    const text = describeError(new ExcelWriteError('The argument is invalid.', 'InvalidArgument'), 'insert', messages('en').ui);
    expect(text.body).toBe('The argument is invalid. The workbook was left unchanged.');
    const zh = describeError(new ExcelWriteError('参数无效。', 'InvalidArgument'), 'insert', messages('zh').ui);
    expect(zh.body).toBe('参数无效。工作簿未做任何更改。');
    // Other commands do not roll back: no such claim there.
    expect(describeError(new ExcelWriteError('The argument is invalid.', 'InvalidArgument'), 'fill', messages('en').ui).body).toBe(
      'The argument is invalid.',
    );
  });

  it("names the sheet protected with the user's password and says nothing was changed, in both languages", () => {
    const en = describeError(new SheetPasswordError('Pricing'), 'fill', messages('en').ui);
    expect(en.title).toBe(messages('en').ui.failed.fill);
    expect(en.body).toBe(
      'The sheet Pricing is protected with a password, so Vendor Compare cannot write to it. Nothing was changed: unprotect it (Review > Unprotect Sheet, with your password) and try again.',
    );
    expect(describeError(new SheetPasswordError('报价'), 'mark', messages('zh').ui).body).toContain('工作表“报价”设有密码保护');
  });

  it('names the sheets left unprotected after a failed write', () => {
    const error = new ProtectionNotRestoredError('Excel is busy.', 'GeneralException', null, ['Pricing', 'Questions']);
    expect(describeError(error, 'fill', messages('en').ui).body).toBe(
      'Excel is busy. Vendor Compare could not protect these sheets again: Pricing, Questions. Protect them yourself (Review > Protect Sheet).',
    );
  });
});
