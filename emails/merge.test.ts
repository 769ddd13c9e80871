import { describe, expect, it } from 'vitest';
import { formatNoticeCode } from '@/lib/identifiers/notice-code';
import { en } from './i18n/en';
import { es } from './i18n/es';
import { escapeHtml, mergeNotice, NoticeValueError } from './merge';
import { hasPlaceholderToken } from './placeholders';
import { renderNoticeTemplate } from './render';
import { hostileName, hostileNameEscaped, sampleNoticeCode, sampleValues } from './testing/fixtures';

const options = { portalUrl: 'https://check.example.org', demo: true };

describe('mergeNotice', () => {
  it('escapes values in the HTML and leaves them as they are in the text', async () => {
    const rendered = await renderNoticeTemplate('initial_notice', 'en', options);
    const merged = mergeNotice(rendered, sampleValues({ firstName: hostileName }));
    expect(merged.html).toContain(hostileNameEscaped);
    expect(merged.html).not.toContain('<script');
    expect(merged.text).toContain(`Dear ${hostileName},`);
  });

  it('escapes every kind of value, not only the name', async () => {
    const rendered = await renderNoticeTemplate('disposal_confirmation', 'en', options);
    const merged = mergeNotice(rendered, sampleValues({ disposalReference: '<b>R&D</b>' }));
    expect(merged.html).toContain('&lt;b&gt;R&amp;D&lt;/b&gt;');
    expect(merged.text).toContain('Reference of the certification: <b>R&D</b>');
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });

  it('never treats a value as a placeholder', async () => {
    const rendered = await renderNoticeTemplate('claim_status', 'en', options);
    const merged = mergeNotice(rendered, sampleValues({ firstName: '{{dc:noticeCode}}', claimReference: '{{dc:firstName}}' }));
    expect(merged.text).toContain('Dear {{dc:noticeCode}},');
    expect(merged.subject).toBe('Update on your claim {{dc:firstName}}');
    expect(merged.text).not.toContain(`Dear ${formatNoticeCode(sampleNoticeCode)}`);
  });

  it('keeps the subject on one line', async () => {
    const rendered = await renderNoticeTemplate('claim_status', 'es', options);
    const merged = mergeNotice(rendered, sampleValues({ claimReference: 'CLM-1\r\nBcc: someone@example.com\u2028x' }));
    expect(merged.subject).not.toMatch(/[\r\n\u2028\u2029]/);
    expect(merged.subject).toBe('Novedades sobre su reclamación CLM-1 Bcc: someone@example.com x');
  });

  it('localizes elements, dates, categories and statuses in the notice language', async () => {
    const values = sampleValues({
      disclosedElements: ['tin', 'name', 'tin', 'date_of_birth'],
      claimEvent: 'denied',
      claimReasons: 'no_answer',
      claimDate: '2027-02-14',
    });
    const enText = mergeNotice(await renderNoticeTemplate('initial_notice', 'en', options), values).text;
    expect(enText).toContain(
      'The IRS disclosed this information about you: your name, your taxpayer identification number (SSN or ITIN), and your date of birth.',
    );
    expect(enText).toContain('On August 5, 2025, the IRS disclosed');
    expect(enText).toContain(en.categories.address_supplied);
    expect(enText).toContain(formatNoticeCode(sampleNoticeCode));

    const esText = mergeNotice(await renderNoticeTemplate('initial_notice', 'es', options), values).text;
    expect(esText).toContain('su nombre, su número de identificación de contribuyente (SSN o ITIN) y su fecha de nacimiento.');
    expect(esText).toContain('El 5 de agosto de 2025, el IRS divulgó');

    const esDisposal = mergeNotice(await renderNoticeTemplate('disposal_confirmation', 'es', options), values).text;
    expect(esDisposal).toContain('Fecha de la certificación: 2 de marzo de 2026');

    const esClaim = mergeNotice(await renderNoticeTemplate('claim_status', 'es', options), values).text;
    expect(esClaim).toContain(es.claimNotice.steps.denied.label);
    expect(esClaim).toContain(`Su reclamación fue denegada. ${es.claimNotice.denialReasons.no_answer}`);
    expect(esClaim).toContain('hasta el 14 de febrero de 2027');

    const check = mergeNotice(await renderNoticeTemplate('check_result', 'en', options), values).text;
    expect(check).toContain('R8V2-MNP4-6WQZ');
  });

  it('accepts the notice code with or without hyphens', async () => {
    const rendered = await renderNoticeTemplate('initial_notice', 'en', options);
    const a = mergeNotice(rendered, sampleValues());
    const b = mergeNotice(rendered, sampleValues({ noticeCode: formatNoticeCode(sampleNoticeCode) }));
    expect(b).toEqual(a);
  });

  it.each([
    ['initial_notice', { firstName: '  ' }, 'firstName', 'missing'],
    ['initial_notice', { noticeCode: '' }, 'noticeCode', 'missing'],
    [
      'initial_notice',
      { noticeCode: sampleNoticeCode.slice(0, 11) + (sampleNoticeCode.endsWith('0') ? '1' : '0') },
      'noticeCode',
      'invalid',
    ],
    ['initial_notice', { disclosedElements: [] }, 'disclosedElements', 'missing'],
    ['initial_notice', { disclosedElements: ['name', 'ssn'] }, 'disclosedElements', 'invalid'],
    ['initial_notice', { disclosedOn: '2025-02-30' }, 'disclosedOn', 'invalid'],
    ['initial_notice', { category: 'other' }, 'category', 'invalid'],
    ['notice_copy', { category: '' }, 'category', 'missing'],
    ['disposal_confirmation', { disposalDate: undefined }, 'disposalDate', 'missing'],
    ['disposal_confirmation', { disposalReference: undefined }, 'disposalReference', 'missing'],
    ['check_result', { accessCode: undefined }, 'accessCode', 'missing'],
    ['check_result', { accessCode: 'not a code!' }, 'accessCode', 'invalid'],
    ['claim_status', { claimReference: undefined }, 'claimReference', 'missing'],
    ['claim_status', { claimEvent: 'lost' }, 'claimEvent', 'invalid'],
    ['claim_status', { claimEvent: undefined }, 'claimEvent', 'missing'],
    ['claim_status', { claimEvent: 'approved', claimAmountCents: undefined }, 'claimAmountCents', 'missing'],
    ['claim_status', { claimEvent: 'approved', claimAmountCents: '12.50' }, 'claimAmountCents', 'invalid'],
    ['claim_status', { claimReasons: 'identity_unclear,no_answer' }, 'claimReasons', 'invalid'],
    ['claim_status', { claimEvent: 'denied', claimReasons: 'no_answer,duplicate_claim' }, 'claimReasons', 'invalid'],
    ['claim_status', { claimDate: '2027-02-30' }, 'claimDate', 'invalid'],
    [
      'claim_status',
      { claimEvent: 'payment_issued', claimAmountCents: '100000', claimPaymentMethod: 'prepaid_card' },
      'claimPaymentMethod',
      'invalid',
    ],
  ] as const)('%s with %o throws for %s (%s), without the value', async (type, overrides, field, problem) => {
    const rendered = await renderNoticeTemplate(type, 'en', options);
    const attempt = () => mergeNotice(rendered, sampleValues(overrides as object));
    expect(attempt).toThrow(NoticeValueError);
    try {
      attempt();
    } catch (error) {
      expect(error).toMatchObject({ field, problem });
      for (const value of Object.values(overrides)) {
        if (typeof value === 'string' && value.trim() !== '') expect((error as Error).message).not.toContain(value);
      }
    }
  });

  it('does not need values a notice type does not show', async () => {
    const rendered = await renderNoticeTemplate('check_result', 'en', options);
    const merged = mergeNotice(rendered, sampleValues({ disclosedElements: [], disclosedOn: '', category: '', noticeCode: '' }));
    expect(hasPlaceholderToken(merged.html)).toBe(false);
  });

  it('merges 47,000 notices in well under a second per thousand', async () => {
    const rendered = await renderNoticeTemplate('initial_notice', 'es', options);
    const people = Array.from({ length: 1000 }, (_, i) =>
      sampleValues({
        firstName: i % 7 === 0 ? `Ana "${i}" <O'Neil>` : `Persona ${i}`,
        disclosedOn: `2025-08-${String((i % 28) + 1).padStart(2, '0')}`,
      }),
    );
    for (const p of people) mergeNotice(rendered, p); // warm up
    const total = 47_000;
    let bytes = 0;
    const start = performance.now();
    for (let i = 0; i < total; i++) bytes += mergeNotice(rendered, people[i % people.length]!).html.length;
    const elapsed = performance.now() - start;
    const perMerge = (elapsed * 1000) / total;
    console.log(
      `mergeNotice: ${perMerge.toFixed(2)} µs per merge, ${elapsed.toFixed(0)} ms for ${total} (${(bytes / total / 1024).toFixed(1)} KiB HTML each)`,
    );
    expect(perMerge).toBeLessThan(1000);
  });
});
