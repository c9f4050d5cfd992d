import { Component, type ReactNode } from 'react';
import { i18next } from '../i18n';
import { markFirstScreenCommitted, markFirstScreenEffectsRun } from './ready-signal';

interface Props {
  /** Changes when the person goes to another section: a new screen gets a fresh try. */
  readonly resetKey: string;
  readonly onBack: () => void;
  readonly children: ReactNode;
}

/**
 * One screen that throws while drawing must not blank the whole window (React unmounts everything above
 * an uncaught render error): the navigation stays, the person is told their plan is safe, and the ready
 * signal still goes up so nothing waits forever.
 */
export class ViewErrorBoundary extends Component<Props, { error: Error | null; key: string }> {
  override state = { error: null as Error | null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: { error: Error | null; key: string }) {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  override componentDidCatch(): void {
    markFirstScreenCommitted();
    markFirstScreenEffectsRun();
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="banner banner--danger" role="alert" data-testid="view-failed">
        <p>{i18next.t('app.viewFailed')}</p>
        <p className="small">{i18next.t('app.viewFailedDetail', { detail: error.message })}</p>
        <button type="button" onClick={this.props.onBack}>
          {i18next.t('app.viewFailedBack')}
        </button>
      </div>
    );
  }
}
