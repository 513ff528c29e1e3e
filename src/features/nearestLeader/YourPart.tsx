/**
 * The nearest leader's part: their own agreements with "when and how do we follow up", and
 * "Vi er enige". Everything is saved to the shared contract with their name and the time.
 */
import { Button, Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Locale } from '../../content/types';
import { fillTemplate } from '../../content/uiStrings';
import { acceptanceState } from '../../domain/acceptance';
import type { Contract } from '../../domain/model';
import { HeadedSection } from '../../ui/HeadedSection';
import { useSharedStyles } from '../../ui/sharedStyles';
import { describeAcceptanceChanges } from './acceptanceChanges';
import type { NewAgreement } from './contributions';
import { showDate } from './format';
import type { SharedStrings } from './strings';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'stretch', width: '100%', maxWidth: '40rem' },
  accept: { marginTop: tokens.spacingVerticalXL, display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS },
});

export interface YourPartProps {
  contract: Contract;
  locale: Locale;
  t: SharedStrings;
  busy: boolean;
  onAddAgreement(input: NewAgreement): Promise<boolean>;
  onAccept(): Promise<boolean>;
  /** Only the nearest leader accepts; the leader sees the acceptance. */
  canAccept: boolean;
}

export function YourPart({ contract, locale, t, busy, onAddAgreement, onAccept, canAccept }: YourPartProps) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const [text, setText] = useState('');
  const [followUp, setFollowUp] = useState('');
  const [missing, setMissing] = useState(false);
  const acceptance = contract.collaboration?.acceptance;
  const state = acceptanceState(contract);
  const changes = state.status === 'changed' ? describeAcceptanceChanges(state.changes, t, locale) : [];

  return (
    <HeadedSection headingId="shared-your-part" heading={t.yourPart} intro={t.yourPartIntro}>
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          if (!text.trim()) {
            setMissing(true);
            return;
          }
          setMissing(false);
          void onAddAgreement({ text, followUp }).then((ok) => {
            if (ok) {
              setText('');
              setFollowUp('');
            }
          });
        }}
      >
        <Field label={t.agreementText} required validationMessage={missing ? t.agreementMissing : undefined}>
          <Textarea value={text} onChange={(_, d) => setText(d.value)} resize="vertical" data-new-agreement="text" />
        </Field>
        <Field label={t.agreementFollowUp} hint={t.agreementFollowUpHint}>
          <Input value={followUp} onChange={(_, d) => setFollowUp(d.value)} data-new-agreement="followUp" />
        </Field>
        <div>
          <Button type="submit" disabled={busy}>
            {t.addAgreement}
          </Button>
        </div>
      </form>
      <div className={styles.accept}>
        {acceptance ? (
          <>
            <p data-acceptance>{fillTemplate(t.acceptedBy, { name: acceptance.displayName, date: showDate(acceptance.at, locale) })}</p>
            {state.status === 'changed' ? (
              // Kept, never dropped: the acceptance was given to an earlier version, and can be given again.
              <div data-acceptance-changed data-acceptance-status="changed">
                <p>
                  <strong>{t.changedSinceAccepted}</strong>
                </p>
                {changes.length > 0 ? (
                  <ul>
                    {changes.map((line, i) => (
                      <li key={i}>{line}</li>
                    ))}
                  </ul>
                ) : null}
                {canAccept ? (
                  <Button appearance="primary" disabled={busy} onClick={() => void onAccept()}>
                    {t.acceptAgain}
                  </Button>
                ) : null}
              </div>
            ) : null}
          </>
        ) : canAccept ? (
          // Never accepted, or accepted before a change ("Ændret efter accept", said above): accept this version.
          <>
            <Button appearance="primary" disabled={busy} onClick={() => void onAccept()} aria-describedby="shared-accept-hint">
              {t.accept}
            </Button>
            <span id="shared-accept-hint" className={shared.muted}>
              {t.acceptHint}
            </span>
          </>
        ) : (
          <p className={shared.muted}>{t.notAccepted}</p>
        )}
      </div>
    </HeadedSection>
  );
}
