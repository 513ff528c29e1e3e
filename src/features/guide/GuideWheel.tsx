/**
 * The interview guide's wheel (the seed's "Interviewguide" slide): „Styrk dit psykiske arbejdsmiljø
 * som leder“ in the centre, the three themes around it, each with its lead question. The drawing
 * is a picture of what the list beside it says, so the drawing is hidden from screen readers and
 * the figure's text (caption, centre, the three themes and questions) is read as text.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useApp } from '../../ui/AppContext';
import { wrapLabel } from './figureLayout';

const SIZE = 240;
const C = SIZE / 2;
const OUTER = 112;
const INNER = 62;

// Forced colours (Windows high contrast) leave SVG fills alone: take the system's colours there.
const FORCED = '@media (forced-colors: active)';

const useStyles = makeStyles({
  figure: {
    margin: `${tokens.spacingVerticalL} 0`,
    display: 'grid',
    gridTemplateColumns: `minmax(0, ${SIZE}px) minmax(0, 1fr)`,
    gap: tokens.spacingHorizontalXL,
    alignItems: 'center',
    '@media (max-width: 640px)': { gridTemplateColumns: 'minmax(0, 1fr)', justifyItems: 'center' },
  },
  svg: { display: 'block', width: '100%', maxWidth: `${SIZE}px`, height: 'auto' },
  segment1: {
    fill: tokens.colorPaletteBlueBackground2,
    stroke: tokens.colorNeutralBackground1,
    strokeWidth: 4,
    [FORCED]: { fill: 'Canvas', stroke: 'CanvasText' },
  },
  segment2: {
    fill: tokens.colorPaletteMarigoldBackground2,
    stroke: tokens.colorNeutralBackground1,
    strokeWidth: 4,
    [FORCED]: { fill: 'Canvas', stroke: 'CanvasText' },
  },
  segment3: {
    fill: tokens.colorPaletteLightGreenBackground2,
    stroke: tokens.colorNeutralBackground1,
    strokeWidth: 4,
    [FORCED]: { fill: 'Canvas', stroke: 'CanvasText' },
  },
  centre: { fill: tokens.colorNeutralBackground1, stroke: tokens.colorCompoundBrandStroke, strokeWidth: 2, [FORCED]: { fill: 'Canvas', stroke: 'CanvasText' } },
  centreText: { fill: tokens.colorNeutralForeground1, fontSize: '12px', fontWeight: 600, [FORCED]: { fill: 'CanvasText' } },
  number: { fill: tokens.colorNeutralForeground1, fontSize: '22px', fontWeight: 700, [FORCED]: { fill: 'CanvasText' } },
  text: { minWidth: 0 },
  caption: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400, margin: `0 0 ${tokens.spacingVerticalS}` },
  centreLine: { margin: `0 0 ${tokens.spacingVerticalM}` },
  themes: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'grid', gap: tokens.spacingVerticalM },
  themeTitle: { fontWeight: tokens.fontWeightSemibold },
  question: { display: 'block', marginTop: tokens.spacingVerticalXXS },
});

/** A ring segment from angle a0 to a1 (radians, clockwise from twelve o'clock). */
function segmentPath(a0: number, a1: number): string {
  const point = (r: number, a: number) => `${(C + r * Math.sin(a)).toFixed(1)} ${(C - r * Math.cos(a)).toFixed(1)}`;
  return [
    `M ${point(OUTER, a0)}`,
    `A ${OUTER} ${OUTER} 0 0 1 ${point(OUTER, a1)}`,
    `L ${point(INNER, a1)}`,
    `A ${INNER} ${INNER} 0 0 0 ${point(INNER, a0)}`,
    'Z',
  ].join(' ');
}

export function GuideWheel() {
  const { content, t } = useApp();
  const styles = useStyles();
  const { guide } = content;
  const segmentClass = [styles.segment1, styles.segment2, styles.segment3];
  const centreLines = wrapLabel(guide.figureCentre, 13);
  return (
    <figure className={styles.figure} aria-labelledby="guide-wheel-caption" data-guide-wheel="">
      <svg className={styles.svg} viewBox={`0 0 ${SIZE} ${SIZE}`} aria-hidden="true" focusable="false">
        {guide.themes.map((theme, i) => {
          const a0 = (i * 2 * Math.PI) / 3;
          const a1 = ((i + 1) * 2 * Math.PI) / 3;
          const mid = (a0 + a1) / 2;
          const r = (OUTER + INNER) / 2;
          return (
            <g key={theme.id}>
              <path className={segmentClass[i]} d={segmentPath(a0, a1)} />
              <text className={styles.number} x={C + r * Math.sin(mid)} y={C - r * Math.cos(mid) + 8} textAnchor="middle">
                {theme.number}
              </text>
            </g>
          );
        })}
        <circle className={styles.centre} cx={C} cy={C} r={INNER - 4} />
        <text className={styles.centreText} textAnchor="middle">
          {centreLines.map((line, i) => (
            <tspan key={line} x={C} y={C + (i - (centreLines.length - 1) / 2) * 14 + 4}>
              {line}
            </tspan>
          ))}
        </text>
      </svg>
      <div className={styles.text}>
        <figcaption id="guide-wheel-caption" className={styles.caption}>
          {guide.heading}
        </figcaption>
        <p className={styles.centreLine}>
          {t.guide.wheelCentre} <strong>{guide.figureCentre}</strong>
        </p>
        <ol className={styles.themes}>
          {guide.themes.map((theme) => (
            <li key={theme.id} data-wheel-theme={theme.id}>
              <span className={styles.themeTitle}>{theme.title}</span>
              <span className={styles.question}>
                {theme.figureQuestion}
                {theme.id === 'goals' ? ` ${guide.figureHint}` : ''}
              </span>
            </li>
          ))}
        </ol>
      </div>
    </figure>
  );
}
