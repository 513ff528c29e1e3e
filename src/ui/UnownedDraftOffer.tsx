/**
 * Asked once of the signed-in account when a draft without owner is on this device (an older
 * version's, or work begun before the first sign-in): never shown to anyone unasked, never given to
 * anyone who says it is not theirs (src/store/unownedRecords.ts).
 */
import { mergeClasses } from '@fluentui/react-components';
import { useState } from 'react';
import { useStartLocale } from './AppContext';
import { useBannerStyles } from './bannerStyles';
import { LightButton } from './LightButton';

export interface UnownedDraftOfferProps {
  onMine(): Promise<void>;
  onNotMine(): void;
}

export function UnownedDraftOffer({ onMine, onNotMine }: UnownedDraftOfferProps) {
  const { t } = useStartLocale();
  const styles = useBannerStyles();
  const [busy, setBusy] = useState(false);
  return (
    <section aria-label={t.app.unownedOffer} className={mergeClasses(styles.root, styles.question)} data-testid="unowned-draft-offer">
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
