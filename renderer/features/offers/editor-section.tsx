import type { ReactNode } from 'react';
import { useSectionSummary } from './section-summaries';

/**
 * One collapsible part of the offer editor; open by default so nothing is hidden on first look. Its title
 * carries a one-line summary of what it holds, so a closed section still says it (see section-summaries.ts).
 */
export function EditorSection({ id, title, children, isOpenByDefault = true }: { id: string; title: string; children: ReactNode; isOpenByDefault?: boolean }) {
  const summary = useSectionSummary(id);
  return (
    <details className="card offers-section" open={isOpenByDefault} data-section={id}>
      <summary>
        <h2>{title}</h2>
        {summary ? (
          <span className="offers-section__summary" data-testid={`section-summary-${id}`}>
            {summary}
          </span>
        ) : null}
      </summary>
      <div className="offers-section__body">{children}</div>
    </details>
  );
}
