/**
 * In the leader's own view: what the nearest leader added to the shared contract (their
 * agreements, comments, "Vi er enige"), read from lederaftale.json through openContract, and a way
 * to take the additions into the local draft. Shown once the contract has been shared.
 */
import { Button, MessageBar, MessageBarBody, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { replaceContract } from '../../domain/draftEdits';
import type { ContractRef } from '../../store/contractRef';
import { sharedRefOf } from './sharedRef';
import { useApp } from '../../ui/AppContext';
import { useSharedStyles } from '../../ui/sharedStyles';
import { AgendaSyncNotice } from '../dialogue/AgendaSyncNotice';
import { useAgendaSync } from '../dialogue/useAgendaSync';
import { adoptSharedAdditions, roleOf } from './contributions';
import { hasNearestLeaderPart, nearestLeaderPart } from '../../domain/nearestLeaderPart';
import { AcceptanceLine, CommentsByField, NearestLeaderAgreements } from './NearestLeaderPart';
import { sharedStrings } from './strings';
import { useSharedContract } from './useSharedContract';
import { contractTroubleText } from './contractAccessStrings';

const useStyles = makeStyles({
  panel: { marginTop: tokens.spacingVerticalXXL },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', marginTop: tokens.spacingVerticalM },
});

export { sharedRefOf };

export function FromNearestLeaderPanel() {
  const { draft } = useApp();
  const ref = useMemo(() => sharedRefOf(draft.contract), [draft.contract]);
  return ref ? <Panel contractRef={ref} /> : null;
}

function Panel({ contractRef }: { contractRef: ContractRef }) {
  const { locale, update, content } = useApp();
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
        <MessageBarBody>{contractTroubleText(result, locale)}</MessageBarBody>
      </MessageBar>
    );
  } else {
    // The part as it reads everywhere (signed, in its own list, with the acceptance), from the file.
    const part = nearestLeaderPart(result.contract);
    body = !hasNearestLeaderPart(part) ? (
      <p className={shared.muted}>{t.panelNothing}</p>
    ) : (
      <>
        <AcceptanceLine part={part} locale={locale} />
        <NearestLeaderAgreements part={part} locale={locale} headingLevel={4} />
        {part.commentCount > 0 ? (
          <>
            <h4 className={shared.h3}>{t.panelComments}</h4>
            <CommentsByField part={part} fields={content.contract.fields} locale={locale} />
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
