/**
 * Theme 1's figure "hele vejen rundt": the drawing, the note for the chosen direction, and the same
 * six directions as a plain list (usable without seeing the drawing, and at 360 px).
 */
import { Button, Field, Textarea, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { FigureDirectionId } from '../../content/types';
import { fillTemplate } from '../../content/uiStrings';
import { setFigureNote } from '../../domain/draftEdits';
import { useApp } from '../../ui/AppContext';
import { useSharedStyles } from '../../ui/sharedStyles';
import { FigureDrawing } from './FigureDrawing';
import { FIGURE_ORDER } from './figureLayout';

const useStyles = makeStyles({
  root: { marginTop: tokens.spacingVerticalL },
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)',
    gap: tokens.spacingHorizontalXL,
    alignItems: 'start',
    '@media (max-width: 800px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  panel: { marginTop: tokens.spacingVerticalM, display: 'grid', gap: tokens.spacingVerticalS },
  list: { listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: tokens.spacingVerticalS },
  // The "Skriv note" button keeps its own column, so it sits in the same place on every row
  // however long the direction's name is.
  item: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    alignItems: 'center',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  excerpt: { gridColumn: '1 / -1', margin: 0, color: tokens.colorNeutralForeground2, whiteSpace: 'pre-wrap' },
  closeRow: { display: 'flex', justifyContent: 'flex-end' },
});

export function FigureSection() {
  const { content, draft, update, t } = useApp();
  const shared = useSharedStyles();
  const styles = useStyles();
  const [open, setOpen] = useState<FigureDirectionId | null>(null);
  const panelId = useId('figure-note');
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const returnFocusTo = useRef<HTMLOrSVGElement | null>(null);
  const labels = new Map(content.guide.figureDirections.map((d) => [d.id, d.label]));

  const openNote = (direction: FigureDirectionId) => {
    // Escape or "Luk noten" returns focus to whichever control opened the note (drawing or list).
    returnFocusTo.current = document.activeElement as unknown as HTMLOrSVGElement | null;
    setOpen(direction);
  };
  const closeNote = () => {
    setOpen(null);
    returnFocusTo.current?.focus();
  };

  // Opening a direction moves focus into its note, so Enter → type works without a mouse.
  useEffect(() => {
    if (open) textareaRef.current?.focus();
  }, [open]);

  const onNoteKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      closeNote();
    }
  };

  const openLabel = open ? (labels.get(open) ?? open) : '';

  return (
    <section className={styles.root} aria-labelledby="figure-heading">
      <h3 id="figure-heading" className={shared.h3}>
        {t.guide.figureHeading}
      </h3>
      <p className={shared.muted}>
        {content.guide.figureHint} {t.guide.figureInstructions}
      </p>
      <div className={styles.layout}>
        <div>
          <FigureDrawing openDirection={open} panelId={panelId} onOpen={openNote} />
          <div id={panelId} className={styles.panel}>
            {open ? (
              <>
                <Field label={fillTemplate(t.guide.figureNoteLabel, { direction: openLabel })}>
                  <Textarea
                    ref={textareaRef}
                    resize="vertical"
                    rows={4}
                    value={draft.notes.figure[open] ?? ''}
                    onChange={(_, data) => update((d) => setFigureNote(d, open, data.value))}
                    onKeyDown={onNoteKeyDown}
                    data-figure-note={open}
                  />
                </Field>
                <div className={styles.closeRow}>
                  <Button size="small" onClick={closeNote}>
                    {t.guide.figureCloseNote}
                  </Button>
                </div>
              </>
            ) : null}
          </div>
        </div>
        <div>
          <h4 className={shared.h3}>{t.guide.figureListHeading}</h4>
          <ul className={styles.list}>
            {FIGURE_ORDER.map((id) => {
              const label = labels.get(id) ?? id;
              const note = (draft.notes.figure[id] ?? '').trim();
              return (
                <li key={id} className={styles.item}>
                  <span>
                    <strong>{label}</strong> – {note ? t.guide.figureHasNote : t.guide.figureNoNote}
                  </span>
                  <Button
                    size="small"
                    appearance="subtle"
                    aria-expanded={open === id}
                    aria-controls={panelId}
                    aria-label={`${t.guide.figureEdit}: ${label}`}
                    onClick={() => openNote(id)}
                  >
                    {t.guide.figureEdit}
                  </Button>
                  {note ? <p className={styles.excerpt}>{note}</p> : null}
                </li>
              );
            })}
          </ul>
        </div>
      </div>
    </section>
  );
}
