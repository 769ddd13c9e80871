// Notices the pipeline will not retry on its own: the provider answered 409 invalid_idempotent_request,
// so it may have accepted them. Shown on the batch page and the dashboard until a person settles them.
type Props = {
  notices: number;
  groups?: { groupKey: string; notices: number }[];
  batches?: { id: number; notices: number }[];
  level?: 2 | 3;
};

export function AttentionAlert({ notices, groups, batches, level = 2 }: Props) {
  if (notices === 0) return null;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div className="usa-alert usa-alert--warning" role="region" aria-labelledby="attention-heading" data-testid="needs-attention">
      <div className="usa-alert__body">
        <Heading className="usa-alert__heading" id="attention-heading">
          {notices.toLocaleString('en-US')} {notices === 1 ? 'notice needs' : 'notices need'} attention
        </Heading>
        <p className="usa-alert__text">
          The email provider refused a retry because it already holds a different request under the same Idempotency-Key. It may have
          accepted the first request, so these notices are neither marked sent nor failed, and they are not retried. Look each key up in the
          provider's email logs: if the emails are there, they went out; if not, send them in a new batch.
        </p>
        {groups && groups.length > 0 && (
          <ul className="usa-list">
            {groups.map((g) => (
              <li key={g.groupKey}>
                <code>{g.groupKey}</code>: {g.notices.toLocaleString('en-US')} {g.notices === 1 ? 'notice' : 'notices'}
              </li>
            ))}
          </ul>
        )}
        {batches && batches.length > 0 && (
          <ul className="usa-list">
            {batches.map((b) => (
              <li key={b.id}>
                <a href={`/admin/batches/${b.id}`}>Batch {b.id}</a>: {b.notices.toLocaleString('en-US')}{' '}
                {b.notices === 1 ? 'notice' : 'notices'}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
