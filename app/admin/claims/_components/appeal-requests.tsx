// The person's appeal requests on the reviewer's claim page: that they asked, when, and whether a reviewer
// has handled it (reopened the claim on appeal). The explanation stays sealed here; it is behind the audited
// "Open contact and payment details" (lib/claims/reveal.ts). The page that renders this takes its own
// permission first.
import { getDb } from '@/db/client';
import { listAppealRequests } from '@/db/queries/claim-appeals';
import { actorNamer } from '@/lib/admin/staff-names';
import { formatDateTime } from '../../_components/labels';

export async function AppealRequests({ claimId }: { claimId: number }) {
  const db = await getDb();
  const requests = await listAppealRequests(db, claimId);
  if (requests.length === 0) return null;
  const name = await actorNamer(
    db,
    requests.map((r) => r.handledBy),
  );
  const open = requests.find((r) => r.handledAt === null);
  return (
    <div
      className={`usa-alert ${open ? 'usa-alert--warning' : 'usa-alert--info'} usa-alert--slim`}
      role="region"
      aria-label="Appeal asked"
      data-testid="appeal-asked"
    >
      <div className="usa-alert__body">
        {open ? (
          <p className="usa-alert__text">
            <strong>Appeal asked</strong> by the person on {formatDateTime(open.askedAt)}, not handled yet. Their explanation is in the
            personal details below (audited). Reopening the claim on appeal marks it handled.
          </p>
        ) : null}
        {requests
          .filter((r) => r.handledAt !== null)
          .map((r) => (
            <p key={r.id} className="usa-alert__text">
              Appeal asked on {formatDateTime(r.askedAt)}; handled by {name(r.handledBy)} on {formatDateTime(r.handledAt)}.
            </p>
          ))}
      </div>
    </div>
  );
}
