/**
 * Agreements with oneself or with the nearest leader: a list of items, each with its text, "when
 * and how do I follow up" and an optional cadence. Add, remove and reorder all work from the
 * keyboard; focus follows the item so nobody is left on a button that vanished.
 */
import { Button, Field, Input, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDown16Regular, ArrowUp16Regular, Delete16Regular } from '@fluentui/react-icons';
import { useEffect, useRef } from 'react';
import { fillTemplate } from '../../content/uiStrings';
import { FOLLOW_UP_CADENCES, isOneOf } from '../../domain/catalog';
import { addAgreement, moveAgreement, removeAgreement, updateAgreement, updateAgreements } from '../../domain/draftEdits';
import type { ContractListFieldId } from '../../domain/model';
import { isByNearestLeader } from '../../domain/nearestLeaderPart';
import { useApp } from '../../ui/AppContext';
import { useFieldIssues } from './useFieldIssues';

/** While writing, only a text too long to share is flagged; a new, empty agreement is work in progress. */
const WHILE_WRITING = ['tooLong'] as const;

const useStyles = makeStyles({
  list: { listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: tokens.spacingVerticalM },
  item: {
    margin: 0,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    display: 'grid',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalM,
    '@media (max-width: 600px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
  add: { justifySelf: 'start', marginTop: tokens.spacingVerticalS },
});

export function AgreementList({ listId }: { listId: ContractListFieldId }) {
  const { draft, update, t } = useApp();
  const styles = useStyles();
  const issueAt = useFieldIssues(WHILE_WRITING);
  // The nearest leader's agreements are theirs: shown signed in their own list (NearestLeaderAgreements), not edited here.
  const all = draft.contract[listId];
  const agreements = all.filter((a) => !isByNearestLeader(a));
  const textRefs = useRef(new Map<string, HTMLTextAreaElement>());
  const addRef = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useRef<string | null>(null); // an agreement's id, or 'add' for the add button

  useEffect(() => {
    const target = focusAfterRender.current;
    if (!target) return;
    focusAfterRender.current = null;
    if (target === 'add') addRef.current?.focus();
    else textRefs.current.get(target)?.focus();
  });

  const edit = (change: Parameters<typeof updateAgreements>[2]) => update((d) => updateAgreements(d, listId, change));

  const onAdd = () => {
    const next = addAgreement(all);
    focusAfterRender.current = next[next.length - 1]?.id ?? null;
    edit(() => next);
  };
  const onRemove = (index: number, id: string) => {
    const neighbour = agreements[index + 1] ?? agreements[index - 1];
    focusAfterRender.current = neighbour ? neighbour.id : 'add';
    edit((list) => removeAgreement(list, id));
  };

  return (
    <div>
      {agreements.length === 0 ? <p className={styles.empty}>{t.contract.noAgreements}</p> : null}
      <ol className={styles.list} data-agreements={listId}>
        {agreements.map((agreement, index) => {
          const n = index + 1;
          return (
            <li key={agreement.id}>
              <fieldset className={styles.item} data-agreement={agreement.id}>
                <legend className={styles.legend}>{fillTemplate(t.contract.agreementLabel, { n })}</legend>
                <Field label={t.contract.agreementText} {...issueAt(`${listId}[${all.indexOf(agreement)}].text`)}>
                  <Textarea
                    ref={(el) => {
                      if (el) textRefs.current.set(agreement.id, el);
                      else textRefs.current.delete(agreement.id);
                    }}
                    resize="vertical"
                    rows={2}
                    value={agreement.text}
                    onChange={(_, data) => edit((list) => updateAgreement(list, agreement.id, { text: data.value }))}
                  />
                </Field>
                <div className={styles.row}>
                  <Field label={t.contract.followUpLabel} {...issueAt(`${listId}[${all.indexOf(agreement)}].followUp`)}>
                    <Input value={agreement.followUp} onChange={(_, data) => edit((list) => updateAgreement(list, agreement.id, { followUp: data.value }))} />
                  </Field>
                  <Field label={t.contract.cadenceLabel}>
                    <Select
                      value={agreement.cadence ?? ''}
                      onChange={(_, data) =>
                        edit((list) =>
                          updateAgreement(list, agreement.id, {
                            cadence: isOneOf(FOLLOW_UP_CADENCES, data.value) ? data.value : undefined,
                          }),
                        )
                      }
                    >
                      <option value="">{t.contract.cadence.none}</option>
                      {FOLLOW_UP_CADENCES.map((cadence) => (
                        <option key={cadence} value={cadence}>
                          {t.contract.cadence[cadence]}
                        </option>
                      ))}
                    </Select>
                  </Field>
                </div>
                <div className={styles.actions}>
                  {/* A single agreement has nowhere to move: two greyed-out buttons would only be clutter. */}
                  {agreements.length > 1 ? (
                    <>
                      <Button
                        size="small"
                        icon={<ArrowUp16Regular />}
                        disabledFocusable={index === 0}
                        onClick={() =>
                          edit((list) =>
                            moveAgreement(
                              list,
                              agreement.id,
                              list.findIndex((a) => a.id === agreements[index - 1]?.id),
                            ),
                          )
                        }
                      >
                        {fillTemplate(t.contract.moveUp, { n })}
                      </Button>
                      <Button
                        size="small"
                        icon={<ArrowDown16Regular />}
                        disabledFocusable={index === agreements.length - 1}
                        onClick={() =>
                          edit((list) =>
                            moveAgreement(
                              list,
                              agreement.id,
                              list.findIndex((a) => a.id === agreements[index + 1]?.id),
                            ),
                          )
                        }
                      >
                        {fillTemplate(t.contract.moveDown, { n })}
                      </Button>
                    </>
                  ) : null}
                  <Button size="small" icon={<Delete16Regular />} onClick={() => onRemove(index, agreement.id)}>
                    {fillTemplate(t.contract.removeAgreement, { n })}
                  </Button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <Button ref={addRef} className={styles.add} onClick={onAdd} data-add-agreement={listId}>
        {t.contract.addAgreement}
      </Button>
    </div>
  );
}
