import { namedBlock, SnapshotBuilder } from '../../../test/support/snapshotBuilder';
import { templateLanguage } from './workbookModel';

describe('templateLanguage', () => {
  it('trusts vc_Language over a label pasted in the other language', () => {
    const snapshot = new SnapshotBuilder()
      .vendors('A', 'B')
      .models('全包型', 'Tiered service')
      .add(namedBlock('vc_Language', 'Assumptions', 'B10', [['en']]))
      .build();
    expect(templateLanguage(snapshot)).toBe('en');
  });

  it('falls back to the model labels in templates made before vc_Language', () => {
    expect(templateLanguage(new SnapshotBuilder().vendors('A').models('分层服务型').build())).toBe('zh');
    expect(templateLanguage(new SnapshotBuilder().vendors('A').models(null).build())).toBe('en');
  });
});
