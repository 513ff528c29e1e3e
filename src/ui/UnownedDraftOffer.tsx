/**
 * Asked once of the signed-in account when a draft without owner is on this device (an older
 * version's, or work begun before the first sign-in): never shown to anyone unasked, never given to
 * anyone who says it is not theirs (src/store/unownedRecords.ts).
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from './AppContext';
import { LightButton } from './LightButton';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalL,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderLeft: `6px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusMedium,
  },
  text: { margin: 0, flex: '1 1 240px' },
});

export interface UnownedDraftOfferProps {
  onMine(): Promise<void>;
  onNotMine(): void;
}

export function UnownedDraftOffer({ onMine, onNotMine }: UnownedDraftOfferProps) {
  const { t } = useApp();
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  return (
    <section aria-label={t.app.unownedOffer} className={styles.root} data-testid="unowned-draft-offer">
      <p className={styles.text}>{t.app.unownedOffer}</p>
      <LightButton
        size="small"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void onMine().finally(() => setBusy(false));
        }}
      >
        {t.app.unownedMine}
      </LightButton>
      <LightButton size="small" disabled={busy} onClick={onNotMine}>
        {t.app.unownedNotMine}
      </LightButton>
    </section>
  );
}
