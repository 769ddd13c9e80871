// Every step of a claim, as its notice, in every language: the subject, the HTML and the plain text, with
// the language's lang/dir, the step's own values filled in the language's formats, the anti-scam lines,
// the portal address with the language path, and no English sentence on a notice in another language.
import { describe, expect, it } from 'vitest';
import { isolate } from '@/lib/bidi';
import { denialReasonCodes, informationReasonCodes, partialReasonCodes } from '@/lib/claims/reasons';
import { languageCodes, languageDirection, type LanguageCode } from '@/lib/languages';
import { fullyTranslated, type EmailStrings } from './i18n';
import type { ClaimNoticeStrings } from './i18n/claim-strings';
import { en } from './i18n/en';
import { mergeNotice, NoticeValueError } from './merge';
import { claimNoticeEvents, type ClaimNoticeEvent, type NoticeValues } from './notice-types';
import { hasPlaceholderToken } from './placeholders';
import { renderNoticeTemplate } from './render';
import { sampleValues } from './testing/fixtures';

const options = { portalUrl: 'https://check.example.org', demo: true };
const claimNumber = 'C-7K3M-9QXT-2H4P';

/** The values each step's notice carries (lib/claims/notify.ts puts the same in the notice's params). */
const stepValues: Record<ClaimNoticeEvent, Partial<NoticeValues>> = {
  filed: {},
  information_needed: { claimReasons: 'identity_unclear,damages_documents_missing', claimDate: '2027-01-15' },
  approved: { claimAmountCents: '300000' },
  partly_approved: { claimAmountCents: '100000', claimReasons: 'actual_damages_not_shown' },
  denied: { claimReasons: 'no_answer', claimDate: '2027-02-14' },
  payment_issued: { claimAmountCents: '300000', claimPaymentMethod: 'direct_deposit' },
  payment_returned: { claimAmountCents: '300000', claimPaymentMethod: 'direct_deposit' },
  cure_reminder: { claimDate: '2027-01-15' },
  appeal_reminder: { claimDate: '2027-02-14' },
  payment_changed: { claimDate: '2027-01-08' },
};

function valuesFor(event: ClaimNoticeEvent, extra: Partial<NoticeValues> = {}): NoticeValues {
  // Only the step's own values: a sentence that reached for another step's value would throw here.
  return {
    firstName: 'María José',
    noticeCode: sampleValues().noticeCode,
    disclosedElements: [],
    disclosedOn: '',
    category: '',
    claimReference: claimNumber,
    claimEvent: event,
    ...stepValues[event],
    ...extra,
  };
}

const strings = (language: LanguageCode) => fullyTranslated[language] as EmailStrings;

/** Every string of an object tree. */
function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [];
}

const slotsOf = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/**
 * English sentences a notice in another language must not contain: every sentence of the English notice
 * strings, cut at its values, kept when at least four words long (names like "Disclosure Check", "26 U.S.C.
 * 7431" or "IP PIN" stay the same in every language and are shorter).
 */
const englishSentences = [
  ...new Set(
    leaves(en)
      .flatMap((s) => s.split(/\{\w+\}/))
      .flatMap((s) => s.split(/(?<=[.:!?])\s+/))
      .map((s) => s.trim())
      .filter((s) => s.split(/\s+/).length >= 4),
  ),
];

describe('claim notices: the translations', () => {
  it('exist in all 21 languages', () => {
    expect(languageCodes.filter((c) => fullyTranslated[c]?.claimNotice !== undefined)).toEqual([...languageCodes]);
  });

  it.each(languageCodes.filter((c) => c !== 'en'))(
    '%s: names the same values as English in every sentence, and copies none',
    (language) => {
      const c = strings(language).claimNotice;
      const e = en.claimNotice;
      for (const event of claimNoticeEvents) {
        for (const part of ['label', 'detail', 'next'] as const) {
          expect(slotsOf(c.steps[event][part]), `${event}.${part}`).toEqual(slotsOf(e.steps[event][part]));
        }
      }
      expect(slotsOf(c.useClaimNumber)).toEqual(['portalAddress']);
      const english = new Set(leaves(e));
      expect(leaves(c).filter((s) => english.has(s))).toEqual([]);
    },
  );

  it.each([...languageCodes])('%s: one sentence for each reason code of lib/claims/reasons.ts, no two alike', (language) => {
    const c: ClaimNoticeStrings = strings(language).claimNotice;
    const lists = [
      [c.informationReasons, informationReasonCodes],
      [c.denialReasons, denialReasonCodes],
      [c.partialReasons, partialReasonCodes],
    ] as const;
    for (const [sentences, codes] of lists) {
      expect(Object.keys(sentences).sort()).toEqual([...codes].sort());
      const values = Object.values(sentences);
      for (const v of values) expect(v.trim().length).toBeGreaterThan(5);
      expect(new Set(values).size).toBe(values.length);
    }
  });
});

describe.each([...languageCodes])('claim notices in %s', (language) => {
  const s = strings(language);
  const c = s.claimNotice;
  const dir = languageDirection(language);

  it.each([...claimNoticeEvents])('%s: subject, HTML and text in the language, with its values and every safety line', async (event) => {
    const rendered = await renderNoticeTemplate('claim_status', language, options);
    const merged = mergeNotice(rendered, valuesFor(event));
    for (const part of [merged.subject, merged.html, merged.text]) expect(hasPlaceholderToken(part)).toBe(false);
    expect(merged.html).toContain(`<html dir="${dir}" lang="${language}">`);
    expect(merged.subject).toContain(isolate(claimNumber, dir));
    expect(merged.subject).toBe(s.subjects.claim_status.replace('{claimReference}', isolate(claimNumber, dir)));
    expect(merged.text).toContain(isolate(claimNumber, dir));

    // The step: its label, and the sentences with the values this step carries.
    const text = merged.text;
    expect(text).toContain(c.steps[event].label);
    const fixed = (sentence: string) => sentence.split(/\{\w+\}/).filter((p) => p.trim().length > 0);
    for (const piece of [...fixed(c.steps[event].detail), ...fixed(c.steps[event].next)]) expect(text).toContain(piece.trim());
    const v = stepValues[event];
    if (v.claimReasons) {
      const table = event === 'information_needed' ? c.informationReasons : event === 'denied' ? c.denialReasons : c.partialReasons;
      for (const code of v.claimReasons.split(',')) expect(text).toContain((table as Record<string, string>)[code]);
    }
    if (v.claimPaymentMethod) {
      const method = (event === 'payment_returned' ? c.returnedFrom : c.paidBy)[v.claimPaymentMethod as 'direct_deposit'];
      expect(text).toContain(method);
    }

    // Never the PIN, never an account number: the notice only says how to use the PIN.
    expect(text).toContain(c.pin);
    expect(text).toContain(fixed(c.useClaimNumber)[0]!.trim());
    // Every notice's lines against scams, and the claims programme's own.
    expect(text).toContain(s.safety.neverAsk);
    expect(text).toContain(s.safety.typeIt);
    expect(text).toContain(c.neverFee);
    const address = isolate(`check.example.org/${language}`, dir);
    expect(text).toContain(address);
    expect(merged.html).toContain(`<span dir="ltr" style="font-weight:700">${address}</span>`);
    expect(merged.html).not.toMatch(/<a[\s>]|href\s*=/i);
    expect(text).not.toMatch(/https?:\/\//);

    if (language !== 'en') {
      const english = englishSentences.filter((sentence) => text.includes(sentence) || merged.subject.includes(sentence));
      expect(english, `English in the ${language} notice`).toEqual([]);
    }
  });
});

describe('claim notices: values in each language’s own formats', () => {
  const textOf = async (language: LanguageCode, event: ClaimNoticeEvent, extra: Partial<NoticeValues> = {}) =>
    mergeNotice(await renderNoticeTemplate('claim_status', language, options), valuesFor(event, extra)).text;

  it('writes amounts and dates as the language does', async () => {
    expect(await textOf('en', 'approved')).toContain('Your claim was approved for $3,000.00.');
    expect(await textOf('es', 'approved', { claimAmountCents: '123456' })).toContain('Su reclamación fue aprobada por $1,234.56.');
    expect(await textOf('en', 'cure_reminder')).toContain('The last day to answer is January 15, 2027.');
    expect(await textOf('es', 'denied')).toContain('hasta el 14 de febrero de 2027');
    // Haitian Creole: the months written out by lib/intl-dates.ts (Node has no Creole locale data).
    expect(await textOf('ht', 'appeal_reminder')).toContain('14 fevriye 2027');
    // A changed payment destination: the day it changed, and what to do if it was not them.
    expect(await textOf('en', 'payment_changed')).toContain('on the claim status page on January 8, 2027.');
    expect(await textOf('es', 'payment_changed')).toContain('El 8 de enero de 2027');
    // Right to left: the amount is one isolated run inside the Arabic sentence.
    expect(await textOf('ar', 'approved')).toMatch(/\u2068[^\u2069]*3[^\u2069]*\u2069/);
  });

  it('joins several reasons as sentences, without a space in Chinese and Japanese', async () => {
    const reasons = { claimReasons: 'identity_unclear,bank_details_unverified' };
    const enText = await textOf('en', 'information_needed', reasons);
    expect(enText).toContain(
      `${en.claimNotice.informationReasons.identity_unclear} ${en.claimNotice.informationReasons.bank_details_unverified}`,
    );
    const zh = strings('zh-Hans').claimNotice.informationReasons;
    expect(await textOf('zh-Hans', 'information_needed', reasons)).toContain(`${zh.identity_unclear}${zh.bank_details_unverified}`);
  });

  it.each([
    ['approved', { claimAmountCents: undefined }, 'claimAmountCents'],
    ['denied', { claimDate: undefined }, 'claimDate'],
    ['denied', { claimReasons: 'identity_unclear' }, 'claimReasons'],
    ['information_needed', { claimReasons: '' }, 'claimReasons'],
    ['payment_returned', { claimPaymentMethod: undefined }, 'claimPaymentMethod'],
    ['payment_changed', { claimDate: undefined }, 'claimDate'],
  ] as const)('refuses a %s notice with %o, naming %s', async (event, extra, field) => {
    const rendered = await renderNoticeTemplate('claim_status', 'fr', options);
    let error: unknown;
    try {
      mergeNotice(rendered, valuesFor(event, extra as Partial<NoticeValues>));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NoticeValueError);
    expect((error as NoticeValueError).field).toBe(field);
  });
});
