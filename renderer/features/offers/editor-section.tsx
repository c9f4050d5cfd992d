import type { ReactNode } from 'react';

/** One collapsible part of the offer editor; open by default so nothing is hidden on first look. */
export function EditorSection({ id, title, children, isOpenByDefault = true }: { id: string; title: string; children: ReactNode; isOpenByDefault?: boolean }) {
  return (
    <details className="card offers-section" open={isOpenByDefault} data-section={id}>
      <summary>
        <h2>{title}</h2>
      </summary>
      <div className="offers-section__body">{children}</div>
    </details>
  );
}
