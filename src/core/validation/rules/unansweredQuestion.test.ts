import { SnapshotBuilder, namedBlock, runRule } from '../../../../test/support/snapshotBuilder';
import { DEFAULT_PLACEHOLDERS } from '../../catalogue/questions';
import type { SnapshotValue } from '../../snapshot/types';
import { unansweredQuestion } from './unansweredQuestion';

/** One vendor answering Q2 with `answer` (Q2: no duration needed), default placeholder list. */
function findingsFor(answer: SnapshotValue, build = (b: SnapshotBuilder) => b) {
  const snapshot = build(new SnapshotBuilder().vendors('Aurora').answers([['Q2', answer]])).build();
  return runRule(unansweredQuestion, snapshot);
}

describe('unansweredQuestion', () => {
  it('reports a blank answer with sheet, cell, vendor, question and message', () => {
    expect(findingsFor(null)).toEqual([
      {
        severity: 'error',
        rule: 'unanswered',
        sheet: 'Questions',
        cell: 'C4',
        vendor: 'Aurora',
        question: 'Q2',
        message: 'Aurora has not answered Q2. Get a real answer before signing.',
      },
    ]);
  });

  it.each(['', ' ', '\t\n', '\u3000', '\u00a0 '])('treats whitespace-only %j as blank', (answer) => {
    const [f] = findingsFor(answer);
    expect(f?.message).toBe('Aurora has not answered Q2. Get a real answer before signing.');
  });

  it('treats a formula whose result is empty as blank', () => {
    const snapshot = new SnapshotBuilder()
      .vendors('Aurora')
      .add(namedBlock('vc_QuestionIds', 'Questions', 'A4', [['Q2']]))
      .add(namedBlock('vc_Answers', 'Questions', 'C4', [['']], { above: ['Aurora'], formulas: [['=IF(Z1="","",Z1)']] }))
      .build();
    expect(runRule(unansweredQuestion, snapshot).map((f) => f.message)).toEqual(['Aurora has not answered Q2. Get a real answer before signing.']);
  });

  it.each(DEFAULT_PLACEHOLDERS)('treats the default placeholder %j as unanswered', (placeholder) => {
    const [f] = findingsFor(placeholder);
    expect(f?.message).toBe(`Aurora answered Q2 with the placeholder “${placeholder}”. Get a real answer before signing.`);
  });

  it.each(['tbd', ' Tbd ', 'ｔｂｄ', 'ＴＢＤ', '\u3000TBD\u3000', 'tBc', 'ＴＢＣ', '？', '－', ' 待定 ', '待确认\n', '　未知　'])(
    'ignores case, surrounding space and full-width forms: %j is a placeholder',
    (answer) => {
      expect(findingsFor(answer).map((f) => f.message)).toEqual([
        `Aurora answered Q2 with the placeholder “${answer}”. Get a real answer before signing.`,
      ]);
    },
  );

  it.each(['TBD by Friday', 'T B D', '--', '??', 'Not yet decided', '待定中', '0'])('takes %j as a real answer', (answer) => {
    expect(findingsFor(answer)).toEqual([]);
  });

  it('uses the placeholders the buyer added on Assumptions, and only those', () => {
    const withList = (b: SnapshotBuilder) => b.placeholders('TBD', 'N/A', '见附件', 'to be confirmed', null, '  ');
    expect(findingsFor('n/a', withList)).toHaveLength(1);
    expect(findingsFor('见附件', withList)).toHaveLength(1);
    expect(findingsFor(' To Be Confirmed ', withList)).toHaveLength(1);
    // The buyer removed "待定" from the list: it is an answer now.
    expect(findingsFor('待定', withList)).toEqual([]);
    // Empty rows of the list never turn a blank answer into a "placeholder" one.
    expect(findingsFor(' ', withList)[0]?.message).toContain('has not answered');
  });

  it.each(['#N/A', '#REF!', '#VALUE!', '#DIV/0!'])('reports the error value %s as unanswered, naming it', (error) => {
    expect(findingsFor({ error }).map((f) => f.message)).toEqual([
      `Aurora’s answer to Q2 is an error value (${error}). Replace it with the vendor’s answer.`,
    ]);
  });

  it.each<[string, SnapshotValue]>([
    ['a number', 42],
    ['zero', 0],
    ['a negative number', -1],
    ['a date serial', 45658],
    ['a date read from a file', '2025-01-01'],
    ['TRUE', true],
    ['FALSE', false],
  ])('takes %s as an answer', (_, answer) => {
    expect(findingsFor(answer)).toEqual([]);
  });

  it('covers every question row and every vendor', () => {
    const snapshot = new SnapshotBuilder()
      .vendors('Aurora', 'Beacon', 'Cirrus')
      .answers([
        ['Q1', 'Within 2h', null, 'TBD'],
        ['Q2', 'per hour', 'per request', 'per hour'],
        ['S2-1', null, 'Yes', ''],
      ])
      .build();
    expect(runRule(unansweredQuestion, snapshot).map((f) => [f.cell, f.vendor, f.question])).toEqual([
      ['D4', 'Beacon', 'Q1'],
      ['E4', 'Cirrus', 'Q1'],
      ['C6', 'Aurora', 'S2-1'],
      ['E6', 'Cirrus', 'S2-1'],
    ]);
  });

  it('names a question row the user added without an id by its sheet row', () => {
    const snapshot = new SnapshotBuilder()
      .vendors('Aurora')
      .answers([
        ['Q1', '2h'],
        [null, null],
        ['  ', 'TBD'],
      ])
      .build();
    expect(runRule(unansweredQuestion, snapshot).map((f) => [f.cell, f.question])).toEqual([
      ['C5', 'Questions!5'],
      ['C6', 'Questions!6'],
    ]);
  });

  it('reads each row’s id on the same sheet row, wherever the id block starts', () => {
    // Ids one row higher than the answers (a row was inserted above the answers only).
    const snapshot = new SnapshotBuilder()
      .vendors('Aurora')
      .add(namedBlock('vc_QuestionIds', 'Questions', 'A4', [['Q7'], ['Q3'], ['Q1']]))
      .add(namedBlock('vc_Answers', 'Questions', 'C5', [[null], ['TBD']], { above: ['Aurora'] }))
      .build();
    expect(runRule(unansweredQuestion, snapshot).map((f) => [f.cell, f.question])).toEqual([
      ['C5', 'Q3'],
      ['C6', 'Q1'],
    ]);
  });

  it('ignores an id block on another sheet', () => {
    const snapshot = new SnapshotBuilder()
      .vendors('Aurora')
      .add(namedBlock('vc_QuestionIds', 'Other', 'A4', [['Q1']]))
      .add(namedBlock('vc_Answers', 'Questions', 'C4', [[null]], { above: ['Aurora'] }))
      .build();
    expect(runRule(unansweredQuestion, snapshot)[0]?.question).toBe('Questions!4');
  });

  it('takes the vendor from the header above the column, not from its position on Pricing', () => {
    const snapshot = new SnapshotBuilder()
      .vendors('Aurora', 'Beacon')
      .answers([['Q2', null, 'ok']], { header: ['Beacon', 'Aurora'] })
      .build();
    expect(runRule(unansweredQuestion, snapshot).map((f) => f.vendor)).toEqual(['Beacon']);
  });

  it('falls back to the vendor at that position when the header is blank or absent', () => {
    const blankHeader = new SnapshotBuilder()
      .vendors('Aurora', 'Beacon')
      .answers([['Q2', 'ok', null]], { header: ['Aurora', '  '] })
      .build();
    expect(runRule(unansweredQuestion, blankHeader).map((f) => f.vendor)).toEqual(['Beacon']);
    const noHeader = new SnapshotBuilder()
      .vendors('Aurora', 'Beacon')
      .add(namedBlock('vc_Answers', 'Questions', 'C1', [[null, null]]))
      .build();
    expect(runRule(unansweredQuestion, noHeader).map((f) => f.vendor)).toEqual(['Aurora', 'Beacon']);
  });

  it('names a column beyond the vendor list by its position', () => {
    const snapshot = new SnapshotBuilder()
      .vendors('Aurora')
      .answers([['Q2', 'ok', null]], { header: null })
      .build();
    expect(runRule(unansweredQuestion, snapshot).map((f) => f.vendor)).toEqual(['Vendor 2']);
  });

  it('writes the message in Chinese when asked', () => {
    const snapshot = new SnapshotBuilder().vendors('甲公司').answers([['Q2', '待定']]).build();
    expect(runRule(unansweredQuestion, snapshot, 'zh')[0]?.message).toBe('甲公司 对 Q2 的答复是占位内容“待定”。签约前请取得明确答复。');
  });

  it('finds nothing to check without an answers block', () => {
    expect(runRule(unansweredQuestion, new SnapshotBuilder().vendors('Aurora').build())).toEqual([]);
  });
});
