import { makeStyles, tokens } from '@fluentui/react-components';
import { sweepRuns } from '../../core/decision/sweep';
import type { PriceWeightPoint } from '../../core/decision/types';
import { format } from '../../core/i18n/format';
import { testIds } from '../testIds';
import { useDecisionUi } from '../decisionUi';

const useStyles = makeStyles({
  chart: { display: 'block', width: '100%', maxWidth: '320px', height: 'auto' },
  legend: { display: 'flex', flexWrap: 'wrap', gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`, margin: 0, padding: 0 },
  item: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, listStyleType: 'none' },
  swatch: { width: '10px', height: '10px', borderRadius: tokens.borderRadiusSmall, flexShrink: 0 },
});

/** Winners' colours, in order of first appearance; more winners than colours reuse them (the legend names each run). */
const COLOURS = [
  tokens.colorPaletteBlueForeground2,
  tokens.colorPaletteDarkOrangeForeground2,
  tokens.colorPaletteGreenForeground2,
  tokens.colorPaletteBerryForeground2,
  tokens.colorPaletteTealForeground2,
  tokens.colorPaletteMarigoldForeground2,
];
const NO_WINNER = tokens.colorNeutralStroke1;

export const percent = (weight: number) => `${Math.round(weight * 100)}%`;

/** The price-weight sweep as a strip: one bar per weight in its winner's colour, the chosen weight marked below. */
export function SweepChart({ points, chosen }: { points: readonly PriceWeightPoint[]; chosen: number }) {
  const ui = useDecisionUi();
  const styles = useStyles();
  const winners = [...new Set(points.map((p) => p.winner).filter((w): w is string => w !== null))];
  const colour = (winner: string | null) => (winner === null ? NO_WINNER : COLOURS[winners.indexOf(winner) % COLOURS.length]!);
  const runs = sweepRuns(points);
  const label = [
    ui.sweepTitle,
    ...runs.map((r) => format(ui.sweepRun, { from: percent(r.from), to: percent(r.to), winner: r.winner ?? ui.noWinner })),
    format(ui.chosen, { weight: percent(chosen) }),
  ].join('. ');
  const step = 20;
  const width = points.length * step;
  // The chosen weight's position on the strip: weights run from the first point's to the last's.
  const first = points[0]?.priceWeight ?? 0;
  const last = points[points.length - 1]?.priceWeight ?? 1;
  const markX = last > first ? ((chosen - first) / (last - first)) * (width - step) + step / 2 : step / 2;
  return (
    <figure style={{ margin: 0 }} data-testid={testIds.decisionSweep}>
      <svg className={styles.chart} viewBox={`0 0 ${width} 44`} role="img" aria-label={label}>
        {points.map((p, i) => (
          <rect key={p.priceWeight} x={i * step + 1} y={2} width={step - 2} height={22} rx={2} fill={colour(p.winner)} data-winner={p.winner ?? ''} />
        ))}
        <path d={`M ${markX} 27 l -5 8 h 10 z`} fill={tokens.colorNeutralForeground1} />
        <text x={1} y={43} fontSize={8} fill={tokens.colorNeutralForeground3}>
          {percent(first)}
        </text>
        <text x={width - 1} y={43} fontSize={8} textAnchor="end" fill={tokens.colorNeutralForeground3}>
          {percent(last)}
        </text>
      </svg>
      <ul className={styles.legend} aria-hidden="true">
        {runs.map((r) => (
          <li key={r.from} className={styles.item}>
            <span className={styles.swatch} style={{ backgroundColor: colour(r.winner) }} />
            {format(ui.sweepRun, { from: percent(r.from), to: percent(r.to), winner: r.winner ?? ui.noWinner })}
          </li>
        ))}
      </ul>
    </figure>
  );
}
