/** Said once, after a saved draft could not be read: the app started afresh and kept a backup. */
import { mergeClasses } from '@fluentui/react-components';
import { LightButton } from './LightButton';
import { useStartLocale } from './AppContext';
import { useBannerStyles } from './bannerStyles';

export function CorruptDraftNotice({ onDismiss }: { onDismiss(): void }) {
  const { t } = useStartLocale();
  const styles = useBannerStyles();
  return (
    <div role="alert" className={mergeClasses(styles.root, styles.caution)}>
      <p className={styles.text}>{t.app.corruptDraft}</p>
      <LightButton size="small" onClick={onDismiss}>
        {t.app.dismiss}
      </LightButton>
    </div>
  );
}
