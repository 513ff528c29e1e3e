/**
 * In demo mode (no Entra app configured) the header shows the demo marker and the switch between
 * seeded people. Loaded lazily: it talks to the emulator and is not part of the first screen.
 */
import { Suspense, lazy } from 'react';
import { appConfig, isDemoMode } from '../config';
import { useStartLocale } from './AppContext';

// One small chunk (native elements, the seeded people's list, and the demo token provider that boot
// asks whose records to open: src/ui/bootAccount.ts), and
// prerendered into a demo build's page: React keeps that markup until the chunk has arrived.
const DemoUserSwitcher = lazy(() =>
  Promise.all([import(/* webpackChunkName: "demo" */ '../features/demo/DemoUserSwitcher'), import(/* webpackChunkName: "demo" */ '../auth/demoUsers')]).then(
    ([switcher, demo]) => ({
      default: (props: { locale: 'da' | 'en' }) => (
        <switcher.DemoUserSwitcher locale={props.locale} emulatorUrl={demo.emulatorUrlFrom(appConfig.graphBaseUrl)} />
      ),
    }),
  ),
);

export function DemoSlot() {
  const { locale } = useStartLocale();
  if (!isDemoMode()) return null;
  return (
    <Suspense fallback={null}>
      <DemoUserSwitcher locale={locale} />
    </Suspense>
  );
}
