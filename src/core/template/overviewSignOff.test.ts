import { DEFAULT_OPTIONS } from '../options';
import { planTemplate } from './planTemplate';

describe('the Overview’s sign-off', () => {
  it.each([
    ['en', ['Draft', 'For approval', 'Approved']],
    ['zh', ['草稿', '待审批', '已批准']],
  ] as const)('%s: prepared by, date, version and a decision status from a dropdown, as inputs below the ranking', (language, statuses) => {
    const plan = planTemplate({ ...DEFAULT_OPTIONS, language, vendors: [{ name: 'A' }, { name: 'B' }] });
    const at = (name: string) => plan.names.find((n) => n.name === name)!.range;
    const ranking = at('vc_Ranking');
    const rows = ['vc_PreparedBy', 'vc_PreparedOn', 'vc_DocumentVersion', 'vc_DecisionStatus'].map((n) => at(n).row);
    expect(rows[0]).toBeGreaterThan(ranking.row + ranking.rows);
    expect(rows).toEqual([rows[0], rows[0]! + 1, rows[0]! + 2, rows[0]! + 3]);
    const overview = plan.sheets.find((s) => s.key === 'overview')!;
    const status = overview.validations.find((v) => v.range.row === rows[3]);
    expect(status).toMatchObject({ kind: 'list', items: statuses });
    expect(overview.formats.some((f) => f.style === 'input' && f.range.row === rows[0])).toBe(true);
  });
});
