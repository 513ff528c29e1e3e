/**
 * The booted app inside its Griffel renderer: the one tree both the build-time prerender
 * (src/ui/prerender/renderStartPage.tsx) and the browser (src/ui/startApp.tsx) render, so that
 * hydration finds exactly the markup, ids (useId) and class names it would have produced itself.
 */
import { RendererProvider, type GriffelRenderer } from '@fluentui/react-components';
import { BootedApp } from './App';
import type { Booted } from './useBoot';

export function AppRoot({ booted, renderer }: { booted: Booted; renderer: GriffelRenderer }) {
  // In the browser the provider also takes over the prerendered <style> elements (Griffel's
  // rehydration), so no rule is inserted twice.
  return (
    <RendererProvider renderer={renderer} targetDocument={typeof document === 'undefined' ? undefined : document}>
      <BootedApp booted={booted} />
    </RendererProvider>
  );
}
