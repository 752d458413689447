import { loadPlan } from '../../../../test/support/hyperformula';
import { ratedColumn } from '../../../../test/support/quality';
import { snapshotOf } from '../../../../test/support/snapshot';
import { runRule } from '../../../../test/support/snapshotBuilder';
import { SCORE_INPUTS, type ScoreInputKey } from '../../catalogue/criteria';
import { DEFAULT_OPTIONS } from '../../options';
import { cellAddress } from '../../plan/a1';
import { planTemplate } from '../../template/planTemplate';
import { missingQuality } from './missingQuality';

/** Aurora fully rated, Beacon rated but for `blank`, Cirrus not rated at all. */
function scorecard(blank: ScoreInputKey[]) {
  const plan = planTemplate({ ...DEFAULT_OPTIONS, vendors: [{ name: 'Aurora' }, { name: 'Beacon' }, { name: 'Cirrus' }] });
  const wb = loadPlan(plan);
  const grid = plan.names.find((n) => n.name === 'vc_ScoreInputs')!.range;
  const at = (key: ScoreInputKey, vendor: number) => cellAddress(grid.row + SCORE_INPUTS.findIndex((i) => i.key === key), grid.col + vendor);
  ratedColumn('en').forEach((value, k) => {
    const key = SCORE_INPUTS[k]!.key;
    wb.set('Scorecard', at(key, 0), value);
    wb.set('Scorecard', at(key, 1), blank.includes(key) ? null : value);
  });
  return { snapshot: snapshotOf(wb), at };
}

describe('missingQuality', () => {
  it('gives one error per vendor naming every criterion without a score, at its first blank input', () => {
    const { snapshot, at } = scorecard(['scenarioFit', 'depth']);
    const findings = runRule(missingQuality, snapshot);
    expect(findings).toEqual([
      {
        severity: 'error',
        rule: 'missing-quality',
        sheet: 'Scorecard',
        cell: at('depth', 1),
        vendor: 'Beacon',
        message:
          'Beacon: C3 Technical depth, C6 Scenario fit not scored (an input is blank or not one of the choices). A blank rating is not a zero: quality, overall score and rank are withheld until it is filled in.',
      },
      expect.objectContaining({ vendor: 'Cirrus', cell: at('responseNormal', 2) }),
    ]);
    expect(findings[1]!.message).toContain('C1 Response speed, C2 7x24 coverage, C3 Technical depth, C4 Proactiveness, C5 Team set-up, C6 Scenario fit not scored');
  });

  it('counts one blank input of a criterion with several (C5: experts) as that criterion missing', () => {
    const { snapshot, at } = scorecard(['experts']);
    expect(runRule(missingQuality, snapshot)[0]).toMatchObject({ vendor: 'Beacon', cell: at('experts', 1), message: expect.stringMatching(/^Beacon: C5 Team set-up not scored/) });
  });

  it('writes in the message language', () => {
    const { snapshot } = scorecard(['depth', 'proactiveness']);
    expect(runRule(missingQuality, snapshot, 'zh')[0]!.message).toBe(
      'Beacon：C3 技术深度、C4 服务主动性尚未评分（有输入项为空白或不在可选项中）。空白评分不等于零：补齐之前不计算质量得分、综合得分和排名。',
    );
  });
});
