/**
 * Shows the open step. The Start screen ships in the first chunk; steps 1–3 are separate chunks
 * (lazyView), so the first screen stays within its size budget. A step or view that cannot be loaded
 * shows a message with "Prøv igen" (ViewErrorBoundary), never a spinner for good.
 */
import { Suspense } from 'react';
import { IntroStep } from '../features/intro/IntroStep';
import type { StepId } from '../domain/model';
import { useStartApp } from './AppContext';
import { lazyView } from './lazyView';
import { ViewErrorBoundary } from './ViewErrorBoundary';
import { useRoute } from './useRoute';
import { viewRegistry } from './viewRegistry';

const GuideStep = lazyView(() => import(/* webpackChunkName: "step-guide" */ '../features/guide/GuideStep'));
const ContractStep = lazyView(() => import(/* webpackChunkName: "step-contract" */ '../features/contract/ContractStep'));
const PrepareStep = lazyView(() => import(/* webpackChunkName: "step-prepare" */ '../features/prepare/PrepareStep'));

function StepFor({ step }: { step: StepId }) {
  switch (step) {
    case 'guide':
      return <GuideStep />;
    case 'contract':
      return <ContractStep />;
    case 'prepare':
      return <PrepareStep />;
    default:
      return <IntroStep />;
  }
}

/** The open view (?view=…) if one is registered, else the open preparation step. */
export function StepView() {
  const { draft, t } = useStartApp();
  const route = useRoute();
  const View = route ? viewRegistry[route.view]?.component : undefined;
  return (
    <ViewErrorBoundary resetKey={View && route ? `view:${route.view}` : `step:${draft.ui.step}`} message={t.app.loadFailed} retryLabel={t.app.tryAgain}>
      <Suspense fallback={<p role="status">{t.app.loading}</p>}>{View && route ? <View route={route} /> : <StepFor step={draft.ui.step} />}</Suspense>
    </ViewErrorBoundary>
  );
}
