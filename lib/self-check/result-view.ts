// What the result page shows a verified person, and nothing more: never the full TIN (last four only) or
// the street address (city and state only). Every build is an access to personal data, so it is written
// to the audit log ("record X viewed", and how the person got in).
//
// The 26 U.S.C. 7431(d) limit is two years from the date of discovery. We take discovery to be the
// earliest date the person can be shown to have learned of the disclosure from us: the day our first
// notice about the record was sent (by post or email), or the day they first viewed this result,
// whichever came first. Sent, not received: a letter's arrival is unknown, and an earlier date can only
// make the advice safer. `fileBy` is that date two years on, one day earlier (a date is a UTC date here,
// and one day covers every US time zone); 29 February becomes 28 February. The page says a lawyer can
// confirm the date that applies to them.
//
// Disposal is shown only from an approved, not withdrawn, certification covering this very record, with
// the method as a code for a translated label (never what staff typed). The history of accesses to the
// record comes last (access-history.ts), without the entry this view itself writes.
import { appendAudit } from '../../db/queries/audit';
import { findRecordDisposal } from '../../db/queries/disposal';
import type { DisposalMethod } from '../../db/schema';
import { loadAccessHistory, type AccessHistory } from './access-history';
import { findFirstAuditAt, findResultRecord } from '../../db/queries/self-check';
import { daysInMonth, type IsoDate } from '../identifiers/dates';
import { openRecordPii } from '../records/seal';
import type { DisclosedElement, RecordCategory } from '../validation/record-row';
import type { SelfCheckDeps } from './deps';
import type { CheckVia } from './session';

export type ResultView = {
  recordId: number;
  disclosedOn: IsoDate;
  category: RecordCategory;
  disclosedElements: DisclosedElement[];
  disposal: { certified: true; certifiedOn: IsoDate; reference: string; method: DisposalMethod } | { certified: false };
  /** The day our first notice about this record was sent, or null if none has been. */
  notifiedOn: IsoDate | null;
  discovery: { date: IsoDate; basis: 'notice_sent' | 'first_viewed' };
  /** The last day we advise filing a 7431 claim by (see above). */
  fileBy: IsoDate;
  tin: { kind: 'ssn' | 'itin'; masked: string };
  place: { city: string; state: string };
  /** Every earlier access to this record (the latest ACCESS_HISTORY_LIMIT), as labels. */
  accesses: AccessHistory;
  /** The record's language, which picks the local help the page lists (it may differ from the page's). */
  language: string;
};

export const VIEWED_ACTION = 'record.viewed';

const isoDay = (d: Date): IsoDate => d.toISOString().slice(0, 10);

/** Two years after `discovery`, less one day; 29 February → 28 February first. */
export function claimFileBy(discovery: IsoDate): IsoDate {
  const [y, m, d] = discovery.split('-').map(Number) as [number, number, number];
  const year = y + 2;
  const sameDay = Date.UTC(year, m - 1, Math.min(d, daysInMonth(year, m)));
  return isoDay(new Date(sameDay - 86_400_000));
}

export function maskedTin(last4: string): string {
  if (!/^[0-9]{4}$/.test(last4)) throw new Error('Expected the last four digits of a TIN');
  return `•••-••-${last4}`;
}

function earliest(dates: (Date | null)[]): Date | null {
  return dates.reduce<Date | null>((min, d) => (d && (!min || d < min) ? d : min), null);
}

/** Who is looking, for the audit entry: the person's own verified session, or an advocate with the client's authorization (lib/orgs). */
export type ResultViewer = { actor: string; detail: Record<string, string | number> };

/** The result page's content for a verified session, or null when the record no longer exists. */
export async function buildResultView(
  recordId: number,
  via: CheckVia,
  deps: Pick<SelfCheckDeps, 'db' | 'hasher' | 'sealer'>,
  viewer: ResultViewer = { actor: 'self-check', detail: { via } },
): Promise<ResultView | null> {
  const record = await findResultRecord(deps.db, recordId);
  if (!record) return null;
  const thisView = await appendAudit(deps.db, deps.hasher.auditKey, {
    actor: viewer.actor,
    action: VIEWED_ACTION,
    recordId,
    outcome: 'ok',
    detail: viewer.detail,
  });
  const [disposal, accesses] = await Promise.all([
    findRecordDisposal(deps.db, recordId),
    loadAccessHistory(deps.db, recordId, thisView.id),
  ]);
  const pii = openRecordPii(deps.sealer, record);
  const firstNotice = earliest([record.notifiedAt, record.firstNoticeSentAt]);
  // Just written, so there is always one.
  const firstViewed = (await findFirstAuditAt(deps.db, recordId, VIEWED_ACTION)) ?? new Date();
  const noticeFirst = firstNotice !== null && firstNotice <= firstViewed;
  const discoveryDate = isoDay(noticeFirst ? firstNotice : firstViewed);
  return {
    recordId,
    disclosedOn: record.disclosedOn,
    category: record.category as RecordCategory,
    disclosedElements: record.disclosedElements as DisclosedElement[],
    disposal: disposal
      ? { certified: true, certifiedOn: disposal.certifiedOn, reference: disposal.reference, method: disposal.method }
      : { certified: false },
    notifiedOn: firstNotice ? isoDay(firstNotice) : null,
    discovery: { date: discoveryDate, basis: noticeFirst ? 'notice_sent' : 'first_viewed' },
    fileBy: claimFileBy(discoveryDate),
    tin: { kind: record.tinKind, masked: maskedTin(pii.tinLast4) },
    place: { city: pii.city, state: pii.state },
    accesses,
    language: record.language,
  };
}
