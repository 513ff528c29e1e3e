/**
 * In the leader's own view: what the nearest leader added to the shared contract (their
 * agreements, comments, "Vi er enige"), read from lederaftale.json through openContract, and a way
 * to take the additions into the local draft. Shown once the contract has been shared.
 */
import { Button, MessageBar, MessageBarBody, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { fillTemplate } from '../../content/uiStrings';
import { replaceContract } from '../../domain/draft';
import type { ContractRef } from '../../store/contractRef';
import { useApp } from '../../ui/AppContext';
import { useSharedStyles } from '../../ui/sharedStyles';
import { AgendaSyncNotice } from '../dialogue/AgendaSyncNotice';
import { useAgendaSync } from '../dialogue/useAgendaSync';
import { adoptSharedAdditions, nearestLeaderAdditions, roleOf } from './contributions';
import { showDate } from './format';
import { sharedStrings } from './strings';
import { useSharedContract } from './useSharedContract';

const useStyles = makeStyles({
  panel: { marginTop: tokens.spacingVerticalXXL },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', marginTop: tokens.spacingVerticalM },
});

/** The shared contract of the leader's draft: known once "Book and share" stored it. */
export function sharedRefOf(contract: { id: string; bookings?: { storage?: { folderId?: string; json?: { itemId?: string } } } }): ContractRef | undefined {
  const storage = contract.bookings?.storage;
  if (!storage?.folderId && !storage?.json?.itemId) return undefined;
  // My own drive: no driveId, so the owner's own scopes are used.
  return { contractId: contract.id, ...(storage.json?.itemId ? { itemId: storage.json.itemId } : { folderId: storage.folderId as string }) };
}

export function FromNearestLeaderPanel() {
  const { draft } = useApp();
  const ref = useMemo(() => sharedRefOf(draft.contract), [draft.contract]);
  return ref ? <Panel contractRef={ref} /> : null;
}

function Panel({ contractRef }: { contractRef: ContractRef }) {
  const { locale, update } = useApp();
  const t = sharedStrings[locale];
  const styles = useStyles();
  const shared = useSharedStyles();
  const { result, reload, save, viewer, m365 } = useSharedContract(contractRef);
  const [adopted, setAdopted] = useState(false);
  // Step 3 is where the leader comes back to after sharing and after the dialogue, and this panel
  // already reads what the nearest leader did to the contract: so when they closed the dialogue
  // (or changed an agreement since), the follow-up agendas in the leader's calendar are updated here.
  const openedContract = result?.status === 'opened' ? result.contract : undefined;
  const agendas = useAgendaSync({
    ...(m365.graph ? { graph: m365.graph } : {}),
    ...(openedContract ? { contract: openedContract } : {}),
    ...(openedContract && viewer ? { role: roleOf(openedContract, viewer) } : {}),
    record: save,
  });
  // Coming back to the tab (after a chat with the nearest leader) shows what they added meanwhile.
  useEffect(() => {
    const onFocus = () => reload();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [reload]);

  let body;
  if (!result) body = <p role="status">{t.panelLoading}</p>;
  else if (result.status !== 'opened') {
    body = (
      <MessageBar intent="warning">
        <MessageBarBody>{result.message[locale]}</MessageBarBody>
      </MessageBar>
    );
  } else {
    const additions = nearestLeaderAdditions(result.contract);
    const nothing = additions.agreements.length === 0 && additions.comments.length === 0 && !additions.acceptance;
    body = nothing ? (
      <p className={shared.muted}>{t.panelNothing}</p>
    ) : (
      <>
        {additions.acceptance ? <p data-panel-acceptance>{fillTemplate(t.panelAccepted, { name: additions.acceptance.displayName, date: showDate(additions.acceptance.at, locale) })}</p> : null}
        {additions.agreements.length > 0 ? (
          <>
            <h4 className={shared.h3}>{t.panelAgreements}</h4>
            <ul className={styles.list}>
              {additions.agreements.map((a) => (
                <li key={a.id} data-panel-agreement={a.id}>
                  {a.text}
                  {a.followUp ? ` — ${a.followUp}` : ''}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {additions.comments.length > 0 ? (
          <>
            <h4 className={shared.h3}>{t.panelComments}</h4>
            <ul className={styles.list}>
              {additions.comments.map((c) => (
                <li key={c.id}>{c.text}</li>
              ))}
            </ul>
          </>
        ) : null}
        <div className={styles.buttons}>
          <Button
            onClick={() => {
              update((d) => replaceContract(d, adoptSharedAdditions(d.contract, result.contract)));
              setAdopted(true);
            }}
          >
            {t.panelAdopt}
          </Button>
        </div>
        <div role="status">{adopted ? t.panelAdopted : ''}</div>
      </>
    );
  }

  return (
    <section className={mergeClasses(styles.panel, shared.card)} aria-labelledby="from-nearest-leader" data-panel="from-nearest-leader">
      <h3 id="from-nearest-leader" className={shared.h3}>
        {t.panelHeading}
      </h3>
      {body}
      <AgendaSyncNotice state={agendas.state} retry={agendas.retry} locale={locale} />
      <Button size="small" appearance="subtle" onClick={reload}>
        {t.panelRefresh}
      </Button>
    </section>
  );
}
export default FromNearestLeaderPanel;
