// Claim notices printed as letters: the same words as the email (the template itself), for every step in
// every language, and two printed to PDF and read back with pdftotext (Arabic, right to left, and Bengali,
// with its conjuncts): the claim number is in the text as printed, the PIN nowhere.
import { afterAll, describe, expect, it } from 'vitest';
import { fullyTranslated, type EmailStrings } from './i18n';
import { escapeHtml } from './merge';
import { claimNoticeEvents, type ClaimNoticeEvent, type NoticeValues } from './notice-types';
import { hasPlaceholderToken } from './placeholders';
import { languageCodes, languageDirection } from '@/lib/languages';
import { sampleFrame, sampleLetter } from '../testing/letter-sample';
import { buildLetterDocument, letterPortalAddress } from '@/lib/letters/letter-html';
import { pdfFonts, pdfText } from '@/lib/letters/pdf-tools';
import { closeLetterRenderer, renderLetterDocument } from '@/lib/letters/render-pdf';

const chromiumPath = '/usr/bin/chromium';
afterAll(() => closeLetterRenderer());

const claimNumber = 'C-4N7P-Q2RS-8TVW';
const stepValues: Record<ClaimNoticeEvent, Partial<NoticeValues>> = {
  filed: {},
  information_needed: { claimReasons: 'mailing_address_unusable,bank_details_unverified', claimDate: '2027-01-15' },
  approved: { claimAmountCents: '300000' },
  partly_approved: { claimAmountCents: '100000', claimReasons: 'actual_damages_partly_shown' },
  denied: { claimReasons: 'filed_after_deadline', claimDate: '2027-02-14' },
  payment_issued: { claimAmountCents: '300000', claimPaymentMethod: 'check' },
  payment_returned: { claimAmountCents: '300000', claimPaymentMethod: 'check' },
  cure_reminder: { claimDate: '2027-01-15' },
  appeal_reminder: { claimDate: '2027-02-14' },
  payment_changed: { claimDate: '2027-01-08' },
};

function claimLetter(language: (typeof languageCodes)[number], event: ClaimNoticeEvent, serial: number) {
  const letter = sampleLetter(language, 'claim_status', serial);
  return { ...letter, values: { ...letter.values, claimReference: claimNumber, claimEvent: event, ...stepValues[event] } };
}

describe('claim letters', () => {
  it.each([...languageCodes])('%s: every step as a letter with the step, the claim number and the address to type', async (language) => {
    const s = fullyTranslated[language] as EmailStrings;
    const letters = claimNoticeEvents.map((event, i) => claimLetter(language, event, 100 + i));
    const doc = await buildLetterDocument(letters, sampleFrame);
    expect(hasPlaceholderToken(doc.html)).toBe(false);
    const sections = doc.html.split('<section ').slice(1);
    expect(sections).toHaveLength(claimNoticeEvents.length);
    for (const [i, event] of claimNoticeEvents.entries()) {
      const section = sections[i]!;
      expect(section).toContain(`lang="${language}" dir="${languageDirection(language)}"`);
      expect(section).toContain(escapeHtml(s.claimNotice.steps[event].label));
      expect(section).toContain(claimNumber);
      expect(section).toContain(letterPortalAddress(sampleFrame.portalUrl, language));
      expect(section).toContain(escapeHtml(s.claimNotice.neverFee));
    }
  });

  it.each(['ar', 'bn'] as const)(
    '%s: printed to PDF, the text has the claim number and the step',
    async (language) => {
      const letters = [claimLetter(language, 'information_needed', 200), claimLetter(language, 'payment_issued', 201)];
      const { pdf } = await renderLetterDocument(await buildLetterDocument(letters, sampleFrame), { chromiumPath });
      const fonts = await pdfFonts(pdf);
      expect(fonts.filter((f) => !f.embedded)).toEqual([]);
      const text = await pdfText(pdf);
      // Both letters, each with the claim number as printed (left to right, inside Arabic lines too).
      expect(text.split(claimNumber).length - 1).toBeGreaterThanOrEqual(2);
      expect(text).toContain(letterPortalAddress(sampleFrame.portalUrl, language));
      // The step's label in the language's own script: pdftotext keeps a short label's letters together.
      const squash = (x: string) => x.normalize('NFC').replace(/[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '');
      const labels = (fullyTranslated[language] as EmailStrings).claimNotice.steps;
      for (const word of labels.information_needed.label.split(/\s+/)) expect(squash(text)).toContain(squash(word));
    },
    120_000,
  );
});
