/**
 * Around the lazily loaded steps and views: when one cannot be shown (its chunk failed to load, or it
 * threw while rendering), a message with "Prøv igen" takes its place instead of a spinner for good or
 * a blank page. "Prøv igen" renders the view again, which loads its chunk afresh (lazyView.tsx);
 * moving to another step or view clears the message too.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';
import { LightButton } from './LightButton';
import { retryFailedLoads } from './lazyView';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS, paddingBlock: tokens.spacingVerticalL },
});

function Failed({ message, retryLabel, onRetry }: { message: string; retryLabel: string; onRetry(): void }) {
  const styles = useStyles();
  return (
    <div className={styles.box} role="alert" data-view-failed>
      <p>{message}</p>
      {/* The light button: this boundary is on the first screen, where Fluent's Button would cost ~8 KiB gzip. */}
      <LightButton appearance="primary" onClick={onRetry}>
        {retryLabel}
      </LightButton>
    </div>
  );
}

export interface ViewErrorBoundaryProps {
  /** The open step or view: a change clears the message. */
  resetKey: string;
  message: string;
  retryLabel: string;
  children: ReactNode;
}

interface State {
  failed: boolean;
  /** The resetKey the state belongs to. */
  key: string;
}

export class ViewErrorBoundary extends Component<ViewErrorBoundaryProps, State> {
  override state: State = { failed: false, key: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: ViewErrorBoundaryProps, state: State): Partial<State> | null {
    return props.resetKey === state.key ? null : { failed: false, key: props.resetKey };
  }

  private readonly retry = (): void => {
    retryFailedLoads();
    this.setState({ failed: false });
  };

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return <Failed message={this.props.message} retryLabel={this.props.retryLabel} onRetry={this.retry} />;
  }
}
