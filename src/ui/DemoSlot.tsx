/**
 * In demo mode (no Entra app configured) the header shows the demo marker and the switch between
 * seeded people. Loaded lazily: it talks to the emulator and is not part of the first screen.
 */
import { Suspense, lazy } from 'react';
import { appConfig, isDemoMode } from '../config';
import { useApp } from './AppContext';

const DemoUserSwitcher = lazy(() =>
  Promise.all([
    import(/* webpackChunkName: "demo" */ '../features/demo/DemoUserSwitcher'),
    import(/* webpackChunkName: "auth-demo" */ '../auth/demoProvider'),
  ]).then(([switcher, demo]) => ({
    default: (props: { locale: 'da' | 'en' }) => (
      <switcher.DemoUserSwitcher locale={props.locale} emulatorUrl={demo.emulatorUrlFrom(appConfig.graphBaseUrl)} />
    ),
  })),
);

export function DemoSlot() {
  const { locale } = useApp();
  if (!isDemoMode()) return null;
  return (
    <Suspense fallback={null}>
      <DemoUserSwitcher locale={locale} />
    </Suspense>
  );
}
