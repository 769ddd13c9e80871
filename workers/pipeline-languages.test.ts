// One initial-notice batch over records in all 21 languages, sent through the real workers and the real
// `resend` SDK to the local Resend-compatible server, then read back email by email: each went to its
// record's address, in its record's language, whole. The expected text is taken from each language's own
// strings module (emails/i18n/<lang>.ts), not from the table the templates resolve through, so a notice
// that silently falls back to English, or to another language, fails here (issue 13, "done when").
import { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { affectedRecords, notices } from '../db/schema';
import type { EmailStrings } from '../emails/i18n/email-strings';
import { ar } from '../emails/i18n/ar';
import { bn } from '../emails/i18n/bn';
import { en } from '../emails/i18n/en';
import { es } from '../emails/i18n/es';
import { fa } from '../emails/i18n/fa';
import { fr } from '../emails/i18n/fr';
import { gu } from '../emails/i18n/gu';
import { ht } from '../emails/i18n/ht';
import { it as italian } from '../emails/i18n/it';
import { ja } from '../emails/i18n/ja';
import { km } from '../emails/i18n/km';
import { ko } from '../emails/i18n/ko';
import { pa } from '../emails/i18n/pa';
import { pl } from '../emails/i18n/pl';
import { pt } from '../emails/i18n/pt';
import { ru } from '../emails/i18n/ru';
import { tl } from '../emails/i18n/tl';
import { ur } from '../emails/i18n/ur';
import { vi } from '../emails/i18n/vi';
import { zhHans } from '../emails/i18n/zh-Hans';
import { zhHant } from '../emails/i18n/zh-Hant';
import { env } from '../lib/env';
import { getHasher, getSealer } from '../lib/keys';
import { languageCodes, languages, type LanguageCode } from '../lib/languages';
import { importRecordsCsv } from '../lib/records/import';
import { openRecordPii } from '../lib/records/seal';
import { formatCsvLine, generateSyntheticRecords } from '../lib/synthetic/generator';
import { createPipelineHarness, expectExactlyOnce, type PipelineHarness } from '../testing/pipeline';
import { recordCsvColumns } from '../lib/validation/record-row';
import { startWorkers, type WorkerRuntime } from './runtime';

const expectedStrings: Record<LanguageCode, EmailStrings> = {
  en,
  es,
  ko,
  vi,
  ru,
  ar,
  ht,
  tl,
  pt,
  pl,
  fa,
  fr,
  ja,
  gu,
  pa,
  km,
  ur,
  bn,
  it: italian,
  'zh-Hant': zhHant,
  'zh-Hans': zhHans,
};
const rightToLeft: ReadonlySet<LanguageCode> = new Set(['ar', 'fa', 'ur']);

// 3, 4 or 5 people per language (84 in all), so a count that is right only on average still fails.
const perLanguage = (i: number) => 3 + (i % 3);

type Row = Record<(typeof recordCsvColumns)[number], string>;

/**
 * Synthetic people with an email each, given languages in turn. The language column is written the ways
 * imported files write it: the tag, the Schedule LEP code, or upper case.
 */
function mixedLanguageRows(): { rows: Row[]; languageOf: Map<string, LanguageCode>; wanted: Map<LanguageCode, number> } {
  const wanted = new Map(languageCodes.map((code, i) => [code, perLanguage(i)] as const));
  const queue = languageCodes.flatMap((code) => Array.from({ length: wanted.get(code)! }, (_, j) => ({ code, j })));
  const rows: Row[] = [];
  const languageOf = new Map<string, LanguageCode>();
  for (const row of generateSyntheticRecords(2000, 13)) {
    if (queue.length === 0) break;
    const email = row.email.toLowerCase();
    if (!email || languageOf.has(email)) continue;
    const { code, j } = queue.shift()!;
    const written = j % 3 === 0 ? code : j % 3 === 1 ? languages[code].lepCode : code.toUpperCase();
    rows.push({ ...row, language: written });
    languageOf.set(email, code);
  }
  expect(queue, 'enough synthetic people with an email').toEqual([]);
  return { rows, languageOf, wanted };
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The HTML part's visible text, entities decoded, whitespace collapsed, so strings compare as written. */
function visibleText(html: string): string {
  const body = html.replace(/<head[\s\S]*?<\/head>/i, ' ');
  return collapse(
    body
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
        e[0] === '#'
          ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
          : (entities[e] ?? m),
      ),
  );
}

// Bidi isolates (U+2066–U+2069) sit around codes and addresses in right-to-left text; they are invisible.
const collapse = (s: string) =>
  s
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** A string with `{placeholders}`: the literal runs between them, each of which must appear as written. */
function literalParts(template: string): string[] {
  return template
    .split(/\{[A-Za-z]+\}/)
    .map(collapse)
    .filter((part) => part.length >= 3);
}

/** Every fixed string of an initial notice, in the language's own words. */
function initialNoticeStrings(s: EmailStrings): string[] {
  const b = s.breach;
  return [
    s.titles.initial_notice,
    ...Object.values(s.headings),
    ...literalParts(s.greeting),
    b.context,
    ...literalParts(b.you),
    b.law,
    b.courts,
    ...literalParts(b.involved),
    b.doingNotify,
    b.doingTreasury,
    b.doingFollowUp,
    b.doingProtect,
    b.seeResult,
    s.code.noticeCodeLabel,
    ...literalParts(s.code.useNoticeCode),
    ...Object.values(s.protect),
    ...literalParts(s.moreInfo),
    ...literalParts(s.safety.onlyAddress),
    s.safety.typeIt,
    s.safety.neverAsk,
    s.safety.free,
    ...literalParts(s.footer.sentBy),
  ].map(collapse);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let h: PipelineHarness;
let runtime: WorkerRuntime | undefined;
let mixed: ReturnType<typeof mixedLanguageRows>;

beforeAll(async () => {
  h = await createPipelineHarness(0);
  mixed = mixedLanguageRows();
  const csv = formatCsvLine(recordCsvColumns) + mixed.rows.map((r) => formatCsvLine(recordCsvColumns.map((c) => r[c]))).join('');
  const imported = await importRecordsCsv({
    db: h.t.db,
    hasher: getHasher(),
    sealer: getSealer(),
    input: Readable.from([csv]),
    source: 'mixed-languages.csv',
    actor: 'tester',
  });
  expect(imported.status).toBe('completed');
});
afterAll(async () => {
  await runtime?.close();
  await h?.dispose();
});

describe('an initial-notice batch over all 21 languages, read back at the local Resend server', () => {
  it('sends each person the whole notice in their own language, to their own address', async () => {
    // Every row was imported, with the language it was written in (however it was spelled).
    const records = await h.t.db
      .select({ language: affectedRecords.language, pii: affectedRecords.pii, tinHash: affectedRecords.tinHash })
      .from(affectedRecords);
    expect(records).toHaveLength(mixed.rows.length);
    const sealer = getSealer();
    for (const r of records) expect(r.language).toBe(mixed.languageOf.get(openRecordPii(sealer, r).email!.toLowerCase()));

    h.server.reset();
    runtime = await startWorkers({
      db: h.t.db,
      concurrency: 4,
      prefix: h.prefix,
      log: () => {},
      emailRequestsPerSecond: 0,
      reconcileEveryMs: 500,
      reconcileStaleSeconds: 5,
      heartbeatMs: 500,
      providers: { email: h.emailProvider() },
    });
    const batchId = await h.runEmailBatch('all languages');
    await h.waitForBatch(batchId, 45_000);

    const sent = await h.t.db
      .select({
        messageId: notices.providerMessageId,
        pii: affectedRecords.pii,
        tinHash: affectedRecords.tinHash,
        category: affectedRecords.category,
        disclosedElements: affectedRecords.disclosedElements,
      })
      .from(notices)
      .innerJoin(affectedRecords, eq(affectedRecords.id, notices.recordId))
      .where(eq(notices.batchId, batchId));
    expect(sent).toHaveLength(mixed.rows.length);

    const host = new URL(env().PORTAL_URL).host;
    const hostPattern = new RegExp(`${escapeRegExp(host)}(/[A-Za-z-]*)?`, 'g');
    const englishMarks = [en.subjects.initial_notice, en.titles.initial_notice, ...Object.values(en.headings)].map(collapse);
    const countByLang = new Map<string, number>();
    // Problems are listed by message id and language, never by address: even synthetic addresses stay out of logs.
    const wrong: string[] = [];
    for (const n of sent) {
      const email = h.server.getEmail(n.messageId!);
      const id = n.messageId!;
      if (!email) {
        wrong.push(`${id}: not at the server`);
        continue;
      }
      const address = openRecordPii(sealer, n).email!;
      // The language comes from the imported file, not from anything the pipeline stored or passed along.
      const code = mixed.languageOf.get(address.toLowerCase());
      if (!code) {
        wrong.push(`${id}: to an address that is in no imported row`);
        continue;
      }
      const s = expectedStrings[code];
      const where = `${id} (${code})`;
      if (email.to.length !== 1 || email.to[0] !== address) wrong.push(`${where}: not to its record's address`);

      const htmlTag = /<html\b[^>]*>/i.exec(email.html ?? '')?.[0] ?? '';
      const lang = /\blang="([^"]*)"/.exec(htmlTag)?.[1];
      const dir = /\bdir="([^"]*)"/.exec(htmlTag)?.[1];
      countByLang.set(lang ?? '(none)', (countByLang.get(lang ?? '(none)') ?? 0) + 1);
      if (lang !== code) wrong.push(`${where}: <html lang="${lang}">`);
      if (dir !== (rightToLeft.has(code) ? 'rtl' : 'ltr')) wrong.push(`${where}: <html dir="${dir}">`);

      if (email.subject !== s.subjects.initial_notice) wrong.push(`${where}: subject is not ${code}'s`);
      const parts = { html: visibleText(email.html ?? ''), text: collapse(email.text ?? '') };
      for (const [part, body] of Object.entries(parts)) {
        const missing = initialNoticeStrings(s).filter((str) => !body.includes(str));
        if (missing.length > 0)
          wrong.push(`${where}: ${part} part lacks ${missing.length} of its strings, e.g. "${missing[0]!.slice(0, 40)}"`);
        // The person's own values, shown in their language.
        if (!body.includes(collapse(s.categories[n.category]))) wrong.push(`${where}: ${part} part lacks the category in ${code}`);
        const elements = n.disclosedElements.filter((e) => !body.includes(collapse(s.elements[e as keyof EmailStrings['elements']])));
        if (elements.length > 0) wrong.push(`${where}: ${part} part lacks disclosed elements ${elements.join(', ')} in ${code}`);
        if (code !== 'en') {
          const english = englishMarks.filter((mark) => body.includes(mark));
          if (english.length > 0) wrong.push(`${where}: ${part} part has English "${english[0]}"`);
        }
        // The portal address, wherever it is printed, opens the portal in the notice's language.
        const printed = [...body.matchAll(hostPattern)].map((m) => m[1] ?? '');
        if (printed.length < 3) wrong.push(`${where}: ${part} part prints the portal address ${printed.length} times`);
        if (printed.some((path) => path !== `/${code}`))
          wrong.push(`${where}: ${part} part prints ${host}${printed.find((p) => p !== `/${code}`)}`);
      }
    }
    expect(wrong.slice(0, 15), `${wrong.length} problems over ${sent.length} emails`).toEqual([]);
    expect(Object.fromEntries(countByLang)).toEqual(Object.fromEntries(mixed.wanted));
    expect(countByLang.size).toBe(21);
    // And the shared check: every notice accepted exactly once, with its record's notice code.
    await expectExactlyOnce(h, batchId);
  });
});
