import { SnapshotBuilder, namedBlock, runRule } from '../../../../test/support/snapshotBuilder';
import type { SnapshotValue } from '../../snapshot/types';
import { contractPending } from './contractPending';

/** Answers in C4 onwards (questions x vendors), their contract statuses in G4 onwards. */
function pending(answers: SnapshotValue[][], statuses: SnapshotValue[][], build = (b: SnapshotBuilder) => b) {
  const b = new SnapshotBuilder().vendors('Aurora', 'Beacon').answers(answers).add(namedBlock('vc_InContract', 'Questions', 'G4', statuses));
  return runRule(contractPending, build(b).build());
}

describe('contractPending', () => {
  it('one warning per vendor, listing the answered questions still Pending, at the first, with every cell', () => {
    const findings = pending(
      [
        ['Q1', '2 hours', '4 hours'],
        ['Q2', 'per hour', null],
        ['Q3', '7x24', '7x24'],
      ],
      [
        ['Pending', 'Yes'],
        ['No', 'Pending'],
        ['pending ', 'Pending'],
      ],
    );
    // Aurora: Q1 and Q3 pending (Q2 is "No": settled, if not in the buyer's favour). Beacon: Q2 is
    // unanswered (the unanswered rule's), so only Q3.
    expect(findings).toEqual([
      {
        severity: 'warning',
        rule: 'contract-pending',
        sheet: 'Questions',
        cell: 'G4',
        cells: ['G4', 'G6'],
        vendor: 'Aurora',
        message: 'Aurora: the answers to Q1, Q3 are not yet in the contract (“Pending”). Write the support commitments into the contract, then mark them Yes.',
      },
      expect.objectContaining({ vendor: 'Beacon', cell: 'H6', cells: ['H6'] }),
    ]);
  });

  it('says nothing when every answer is in the contract or settled, or the statuses do not line up', () => {
    expect(pending([['Q1', '2 hours', '1 hour']], [['Yes', 'No']])).toEqual([]);
    expect(runRule(contractPending, new SnapshotBuilder().vendors('A').answers([['Q1', '2 hours']]).add(namedBlock('vc_InContract', 'Questions', 'G9', [['Pending']])).build())).toEqual([]);
    expect(runRule(contractPending, new SnapshotBuilder().vendors('A').answers([['Q1', '2 hours']]).build())).toEqual([]);
  });

  it('reads the status in the template’s language and writes in the message language', () => {
    const snapshot = new SnapshotBuilder().vendors('甲').language('zh').answers([['Q1', '2小时']]).add(namedBlock('vc_InContract', 'Questions', 'G4', [['待定']])).build();
    expect(runRule(contractPending, snapshot, 'zh')[0]?.message).toBe('甲：Q1 的答复尚未写入合同（“待定”）。请把技术支持承诺写进合同，再标记为“是”。');
    // "Pending" in an English cell of a Chinese template is not its status label.
    const english = new SnapshotBuilder().vendors('甲').language('zh').answers([['Q1', '2小时']]).add(namedBlock('vc_InContract', 'Questions', 'G4', [['Pending']])).build();
    expect(runRule(contractPending, english, 'zh')).toEqual([]);
  });
});
