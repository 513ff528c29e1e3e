/**
 * Shows the open step. The Start screen ships in the first chunk; steps 1–3 are separate chunks
 * (React.lazy), so the first screen stays within its size budget.
 */
import { Suspense, lazy } from 'react';
import { IntroStep } from '../features/intro/IntroStep';
import type { StepId } from '../domain/model';
import { useApp } from './AppContext';
import { useRoute } from './useRoute';
import { viewRegistry } from './viewRegistry';

const GuideStep = lazy(() => import(/* webpackChunkName: "step-guide" */ '../features/guide/GuideStep'));
const ContractStep = lazy(() => import(/* webpackChunkName: "step-contract" */ '../features/contract/ContractStep'));
const PrepareStep = lazy(() => import(/* webpackChunkName: "step-prepare" */ '../features/prepare/PrepareStep'));

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
  const { draft, t } = useApp();
  const route = useRoute();
  const View = route ? viewRegistry[route.view]?.component : undefined;
  return (
    <Suspense fallback={<p role="status">{t.app.loading}</p>}>
      {View && route ? <View route={route} /> : <StepFor step={draft.ui.step} />}
    </Suspense>
  );
}
