/**
 * The figure "hele vejen rundt" as an SVG drawing: the leader in the centre, six directions around.
 * The centre is the leader ("Dig som leder"), not the interview guide's wheel text, which has its
 * own figure (GuideWheel).
 * Each direction is a button (Tab or arrow keys to move, Enter/Space to write its note). A direction
 * with a note is drawn with a solid frame and a check mark, not by colour alone.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useRef, type KeyboardEvent } from 'react';
import type { FigureDirectionId } from '../../content/types';
import { useApp } from '../../ui/AppContext';
import { FIGURE_CENTRE, FIGURE_VIEWBOX, nextDirection, placeDirections, wrapLabel } from './figureLayout';

const BOX = { width: 150, height: 64 };

// Forced colours (Windows high contrast) repaint HTML but leave SVG fills alone, so the drawing
// would keep the theme's colours on the system's background; it takes the system colours instead.
const FORCED = '@media (forced-colors: active)';

const useStyles = makeStyles({
  svg: { display: 'block', width: '100%', height: 'auto', maxWidth: '640px', overflow: 'visible' },
  line: { stroke: tokens.colorNeutralStroke1, strokeWidth: 2, [FORCED]: { stroke: 'CanvasText' } },
  centre: { fill: tokens.colorBrandBackground2, stroke: tokens.colorCompoundBrandStroke, strokeWidth: 2, [FORCED]: { fill: 'Canvas', stroke: 'CanvasText' } },
  centreText: { fill: tokens.colorNeutralForeground1, fontSize: '14px', fontWeight: 600, [FORCED]: { fill: 'CanvasText' } },
  direction: {
    cursor: 'pointer',
    outline: 'none',
    '& [data-ring]': { opacity: 0 },
    ':focus-visible [data-ring]': { opacity: 1 },
    ':hover [data-box]': { fill: tokens.colorNeutralBackground1Hover },
    [FORCED]: { ':hover [data-box]': { fill: 'Canvas', stroke: 'Highlight' } },
  },
  box: {
    fill: tokens.colorNeutralBackground1,
    stroke: tokens.colorNeutralStroke1,
    strokeWidth: 2,
    strokeDasharray: '6 4',
    [FORCED]: { fill: 'Canvas', stroke: 'CanvasText' },
  },
  boxWithNote: { strokeDasharray: 'none', stroke: tokens.colorCompoundBrandStroke, strokeWidth: 3, [FORCED]: { stroke: 'CanvasText' } },
  boxOpen: { fill: tokens.colorBrandBackground2, [FORCED]: { fill: 'Canvas', stroke: 'Highlight' } },
  ring: { fill: 'none', stroke: tokens.colorStrokeFocus2, strokeWidth: 3, [FORCED]: { stroke: 'Highlight' } },
  label: { fill: tokens.colorNeutralForeground1, fontSize: '14px', [FORCED]: { fill: 'CanvasText' } },
  mark: { fill: tokens.colorCompoundBrandForeground1, fontSize: '16px', fontWeight: 700, [FORCED]: { fill: 'CanvasText' } },
});

export interface FigureDrawingProps {
  openDirection: FigureDirectionId | null;
  /** Id of the note panel, for aria-controls. */
  panelId: string;
  onOpen(direction: FigureDirectionId): void;
}

export function FigureDrawing({ openDirection, panelId, onOpen }: FigureDrawingProps) {
  const { content, draft, t } = useApp();
  const styles = useStyles();
  const refs = useRef(new Map<FigureDirectionId, SVGGElement>());
  const labels = new Map(content.guide.figureDirections.map((d) => [d.id, d.label]));
  const placed = placeDirections();

  const onKeyDown = (id: FigureDirectionId) => (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(id);
      return;
    }
    const next = nextDirection(id, event.key);
    if (next) {
      event.preventDefault();
      refs.current.get(next)?.focus();
    }
  };

  return (
    <svg className={styles.svg} viewBox={`0 0 ${FIGURE_VIEWBOX.width} ${FIGURE_VIEWBOX.height}`} role="group" aria-label={t.guide.figureDrawingLabel}>
      {placed.map((p) => (
        <line key={`line-${p.id}`} className={styles.line} x1={FIGURE_CENTRE.x} y1={FIGURE_CENTRE.y} x2={p.x} y2={p.y} aria-hidden="true" />
      ))}
      <g aria-hidden="true">
        <circle className={styles.centre} cx={FIGURE_CENTRE.x} cy={FIGURE_CENTRE.y} r={FIGURE_CENTRE.r} />
        <text className={styles.centreText} textAnchor="middle">
          {wrapLabel(t.guide.figureCentreLabel, 14).map((line, i, all) => (
            <tspan key={line} x={FIGURE_CENTRE.x} y={FIGURE_CENTRE.y + (i - (all.length - 1) / 2) * 17 + 5}>
              {line}
            </tspan>
          ))}
        </text>
      </g>
      {placed.map((p) => {
        const label = labels.get(p.id) ?? p.id;
        const hasNote = (draft.notes.figure[p.id] ?? '').trim() !== '';
        const isOpen = openDirection === p.id;
        const lines = wrapLabel(label, 16);
        const x = p.x - BOX.width / 2;
        const y = p.y - BOX.height / 2;
        return (
          <g
            key={p.id}
            ref={(el) => {
              if (el) refs.current.set(p.id, el);
              else refs.current.delete(p.id);
            }}
            className={styles.direction}
            role="button"
            tabIndex={0}
            aria-label={`${label}, ${hasNote ? t.guide.figureHasNote : t.guide.figureNoNote}`}
            aria-expanded={isOpen}
            aria-controls={panelId}
            data-direction={p.id}
            data-has-note={hasNote}
            onClick={() => onOpen(p.id)}
            onKeyDown={onKeyDown(p.id)}
          >
            <rect data-ring="" className={styles.ring} x={x - 5} y={y - 5} width={BOX.width + 10} height={BOX.height + 10} rx={12} />
            <rect
              data-box=""
              className={mergeClasses(styles.box, hasNote && styles.boxWithNote, isOpen && styles.boxOpen)}
              x={x}
              y={y}
              width={BOX.width}
              height={BOX.height}
              rx={8}
            />
            <text className={styles.label} textAnchor="middle" aria-hidden="true">
              {lines.map((line, i) => (
                <tspan key={line} x={p.x} y={p.y + (i - (lines.length - 1) / 2) * 17 + 5}>
                  {line}
                </tspan>
              ))}
            </text>
            {hasNote ? (
              <text className={styles.mark} x={x + BOX.width - 14} y={y + 18} textAnchor="middle" aria-hidden="true">
                ✓
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
