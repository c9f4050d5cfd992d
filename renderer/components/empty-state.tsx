interface EmptyStateProps {
  title: string;
  body: string;
  testId?: string;
}

/** An honest empty section: says what will be here, never shows sample data. */
export function EmptyState({ title, body, testId }: EmptyStateProps) {
  return (
    <div className="empty-state" data-testid={testId}>
      <h2>{title}</h2>
      <p>{body}</p>
    </div>
  );
}
