// What the batch pages show: progress and funnel per batch, and a batch's email rendered in each language
// it will use. Counts only; the preview is filled with made-up sample values, never a person's data.
import {
  batchProgress,
  countSelectionNotices,
  listBatches,
  progressOf,
  selectionLanguages,
  type BatchProgress,
} from '../../db/queries/batches';
import { noticeCountsByBatch } from '../../db/queries/dashboard';
import { findDisposalCertification } from '../../db/queries/disposal';
import { groupsNeedingAttention } from '../../db/queries/notices';
import type { Executor } from '../../db/index';
import type { NoticeBatch } from '../../db/schema';
import { mergeNotice, renderNoticeTemplate } from '../../emails/render';
import type { NoticeValues } from '../../emails/notice-types';
import { computeNoticeCheckSymbol } from '../identifiers/notice-code';
import { isLanguageCode, languages as languageNames, type LanguageCode } from '../languages';
import { funnelOf, type Funnel } from './funnel';

export type BatchRow = BatchProgress & { funnel: Funnel };

export async function listBatchRows(db: Executor, limit = 50): Promise<BatchRow[]> {
  const batches = await listBatches(db, limit);
  const counts = await noticeCountsByBatch(
    db,
    batches.map((b) => b.id),
  );
  // Only batches still being expanded need the estimate (a count over their selection).
  const expected = new Map<number, number>();
  for (const b of batches) if (!b.expansionDone) expected.set(b.id, await countSelectionNotices(db, b.selection));
  return batches.map((b) => {
    const byStatus = counts.get(b.id) ?? {};
    return { ...progressOf(b, byStatus, expected.get(b.id)), funnel: funnelOf(byStatus) };
  });
}

/** How long after a batch finishes its pages keep refreshing for the provider's delivery reports. */
export const deliveryReportWindowMs = 15 * 60_000;

/**
 * Whether a batch's pages should keep refreshing: while it sends, and for a while after it finishes when
 * a provider that reports deliveries (Resend's webhooks; the development outbox never does) still has
 * accepted notices with no report yet.
 */
export function watchBatch(row: BatchProgress, providerReportsDeliveries: boolean, now = Date.now()): boolean {
  const { batch, byStatus } = row;
  if (batch.status === 'running') return true;
  if (!providerReportsDeliveries || batch.status !== 'completed' || !batch.finishedAt) return false;
  return (byStatus.sent ?? 0) > 0 && now - batch.finishedAt.getTime() < deliveryReportWindowMs;
}

export type BatchDetail = BatchRow & {
  languages: { key: string; count: number }[];
  /** Send groups refused as idempotency conflicts: a person checks them with the provider. */
  attention: { groupKey: string; notices: number }[];
};

export async function loadBatchDetail(db: Executor, id: number): Promise<BatchDetail | undefined> {
  const progress = await batchProgress(db, id);
  if (!progress) return undefined;
  const languages = (await selectionLanguages(db, progress.batch.selection)).map((l) => ({ key: l.language, count: l.count }));
  const attention = progress.byStatus.needs_attention ? await groupsNeedingAttention(db, id) : [];
  return { ...progress, funnel: funnelOf(progress.byStatus), languages, attention };
}

export const languageName = (code: string): string => (isLanguageCode(code) ? languageNames[code].englishName : code);

const samplePayload = 'SAMP1E000AB';

/** Synthetic values that show where each person's details go; the disposal's own date and reference. */
export function previewValues(extra: Partial<NoticeValues> = {}): NoticeValues {
  return {
    firstName: 'Alex (sample)',
    noticeCode: samplePayload + computeNoticeCheckSymbol(samplePayload),
    disclosedElements: ['name', 'tin', 'address'],
    disclosedOn: '2025-08-05',
    category: 'address_supplied',
    ...extra,
  };
}

export type BatchPreview = {
  language: LanguageCode;
  /** The language the text is written in: English when `language` has no translation yet. */
  contentLanguage: LanguageCode;
  subject: string;
  html: string;
  text: string;
};

/** The batch's notice in one language, rendered on the server exactly as the sender renders it. */
export async function previewBatchNotice(
  db: Executor,
  batch: NoticeBatch,
  language: string,
  options: { portalUrl: string; demo: boolean },
): Promise<BatchPreview | undefined> {
  if (!isLanguageCode(language)) return undefined;
  const extra: Partial<NoticeValues> = {};
  if (batch.type === 'disposal_confirmation' && batch.selection.disposalCertificationId) {
    const cert = await findDisposalCertification(db, batch.selection.disposalCertificationId);
    if (cert) Object.assign(extra, { disposalDate: cert.certifiedOn, disposalReference: cert.reference });
  }
  const rendered = await renderNoticeTemplate(batch.type, language, options);
  const merged = mergeNotice(rendered, previewValues(extra));
  return { language, contentLanguage: rendered.contentLanguage, ...merged };
}
