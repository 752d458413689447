import { SheetNotFoundError, TemplateStructureError } from '../adapters/excel/errors';
import { messages } from '../core/i18n/messages';
import { describeError } from './errorMessage';

describe('describeError', () => {
  it('names the broken blocks of an incomplete template, in the pane language', () => {
    const text = describeError(new TemplateStructureError('fill', ['vc_Model', 'vc_Computed']), 'fill', messages('zh').ui);
    expect(text.body).toBe('此工作簿中的模板不完整：vc_Model, vc_Computed 缺失或已损坏。请运行“验证”查看问题。');
  });

  it('says which sheet a stale finding points at', () => {
    const text = describeError(new SheetNotFoundError('Questions'), 'select', messages('en').ui);
    expect(text.body).toBe('The sheet Questions no longer exists. Validate again to refresh the findings.');
  });
});
