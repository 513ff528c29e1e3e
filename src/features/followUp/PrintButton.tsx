/** "Udskriv": the browser's print dialogue, which shows only the print view (PrintContract) and also saves as PDF. */
import { Button } from '@fluentui/react-components';
import type { Locale } from '../../content/types';
import { useSharedStyles } from '../../ui/sharedStyles';
import { followUpStrings } from './strings';

export function PrintButton({ locale }: { locale: Locale }) {
  const t = followUpStrings[locale];
  const shared = useSharedStyles();
  return (
    <div>
      <Button onClick={() => window.print()}>{t.print}</Button>
      <p className={shared.muted}>{t.printHint}</p>
    </div>
  );
}
