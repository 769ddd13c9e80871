import { render } from '@react-email/render';
import { createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { languageCodes, languageDirection, type LanguageCode } from '@/lib/languages';
import { isolate } from '@/lib/bidi';
import { fullyTranslated, resolveEmailLanguage, type EmailStrings } from './i18n';
import { fallbackLines } from './i18n/fallback-lines';
import { en } from './i18n/en';
import { es } from './i18n/es';
import { mergeNotice } from './merge';
import { noticeTypes, recordNoticeTypes, type NoticeType } from './notice-types';
import { hasPlaceholderToken, placeholderToken } from './placeholders';
import { noticeRegistry } from './registry';
import { renderNoticeTemplate } from './render';
import { sampleValues } from './testing/fixtures';

// Wrap (not replace) react-email's render so the cache test can count calls.
vi.mock('@react-email/render', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@react-email/render')>();
  return { ...actual, render: vi.fn(actual.render) };
});

const options = { portalUrl: 'https://check.example.org', demo: true };
const translated = languageCodes.filter((c) => fullyTranslated[c] !== undefined);

// Text nodes React escapes (& < > " ') appear escaped in the HTML.
const asHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

/** What a notice must never contain: a way to click anywhere, or a request for an SSN/ITIN. */
function expectNoLinksOrSsnRequest(html: string, text: string) {
  expect(html).not.toMatch(/<a[\s>]/i);
  expect(html).not.toMatch(/\bhref\s*=/i);
  expect(html).not.toMatch(/<(form|input|button|img|script)[\s>]/i);
  expect(html).not.toContain('https://');
  expect(text).not.toMatch(/https?:\/\//);
  const ask =
    /\b(enter|type|send|give|provide|reply|confirm|verify|escriba|envíe|dé|proporcione|responda|confirme)\b[^.]{0,60}\b(SSN|social security|ITIN|seguro social)\b/i;
  for (const sentence of text.split(/(?<=[.:])\s/)) {
    if (/\b(never|nunca)\b/i.test(sentence)) continue;
    expect(sentence).not.toMatch(ask);
  }
}

describe('every language', () => {
  it('has a full translation of the notices in all 21 languages', () => {
    expect(translated).toEqual([...languageCodes]);
  });
});

describe.each(translated)('notices in %s', (language) => {
  const s = fullyTranslated[language] as EmailStrings;
  const headings = Object.values(s.headings);
  const dir = languageDirection(language);

  it.each(recordNoticeTypes)('%s renders with every heading, no links and every placeholder filled', async (type) => {
    const rendered = await renderNoticeTemplate(type, language, options);
    expect(rendered.html).toContain(`<html dir="${dir}" lang="${language}">`);
    expect(rendered.contentLanguage).toBe(language);
    expect(rendered.html).toContain(asHtml(s.titles[type]));
    for (const heading of headings) {
      expect(rendered.html).toContain(asHtml(heading));
      expect(rendered.text).toContain(heading);
    }
    expect(rendered.html).toContain(placeholderToken('firstName'));
    expect(rendered.text).toContain(placeholderToken('firstName'));
    expect(rendered.html).not.toContain('font-size:1px'); // sanity for the next check
    for (const [, px] of rendered.html.matchAll(/font-size:\s*(\d+)px/g)) expect(Number(px)).toBeGreaterThanOrEqual(16);

    const merged = mergeNotice(rendered, sampleValues());
    for (const part of [merged.subject, merged.html, merged.text]) expect(hasPlaceholderToken(part)).toBe(false);
    expect(merged.text).toContain('María José');
    expect(merged.text).toContain(s.safety.neverAsk);
    // The address to type opens the portal in the notice's language, isolated inside right-to-left text.
    const address = isolate(`check.example.org/${language}`, dir);
    expect(merged.text).toContain(address);
    expect(merged.html).toContain(`<span dir="ltr" style="font-weight:700">${address}</span>`);
    expect(merged.html).toContain(asHtml(s.footer.demo));
    expectNoLinksOrSsnRequest(merged.html, merged.text);
  });

  it('keeps codes and references in order inside right-to-left text', async () => {
    const merged = mergeNotice(await renderNoticeTemplate('claim_status', language, options), sampleValues());
    const values = sampleValues();
    expect(merged.text).toContain(isolate(values.claimReference!, dir));
    expect(merged.subject).toContain(isolate(values.claimReference!, dir));
    if (dir === 'rtl') expect(merged.text).toMatch(/\u2068C-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\u2069/);
  });

  it('titles the first notice and its copy "Notice of Data Breach"', async () => {
    for (const type of ['initial_notice', 'notice_copy'] as const) {
      const merged = mergeNotice(await renderNoticeTemplate(type, language, options), sampleValues());
      expect(merged.text.trimStart().startsWith(s.titles.initial_notice)).toBe(true);
    }
    expect(en.titles.initial_notice).toBe('Notice of Data Breach');
  });
});

describe('placeholders per notice type', () => {
  const expected: Record<NoticeType, string[]> = {
    initial_notice: ['firstName', 'noticeCode', 'disclosedElements', 'disclosedOn', 'category'],
    notice_copy: ['firstName', 'noticeCode', 'disclosedElements', 'disclosedOn', 'category'],
    disposal_confirmation: ['firstName', 'noticeCode', 'disclosedElements', 'disclosedOn', 'disposalDate', 'disposalReference'],
    check_result: ['firstName', 'accessCode'],
    // The claim notice names the claim, not the record: no notice code (emails/claims.test.ts has the steps).
    claim_status: ['firstName', 'claimReference', 'claimStatus', 'claimStatusDetail', 'claimNextStep'],
    // An organization's email: no name, no record (emails/org-notices.test.ts).
    org_sign_in_link: ['signInLink'],
    org_invitation: ['orgName'],
    org_application_approved: ['orgName'],
    org_application_rejected: ['orgName', 'decisionReason'],
  };
  it.each(noticeTypes)('%s shows exactly its own values', async (type) => {
    const { html, text } = await renderNoticeTemplate(type, 'en', options);
    const used = (s: string) => [...new Set([...s.matchAll(/\{\{dc:(\w+)\}\}/g)].map((m) => m[1]))].sort();
    expect(used(html)).toEqual([...expected[type]].sort());
    expect(used(text)).toEqual([...expected[type]].sort());
  });

  it('keeps the check result free of what was disclosed, and its subject and preview neutral', async () => {
    const rendered = await renderNoticeTemplate('check_result', 'en', options);
    expect(rendered.subject).toBe('Your answer from Disclosure Check');
    // The product's own name is on every notice, so it says nothing about this record.
    const visible = [rendered.subject, en.previews.check_result, es.subjects.check_result, es.previews.check_result];
    for (const envelope of visible.map((s) => s.replaceAll('Disclosure Check', ''))) {
      for (const word of [/disclos|divulg/i, /breach|filtraci/i, /\bICE\b/, /\bIRS\b/, /affected|afectad/i])
        expect(envelope).not.toMatch(word);
    }
  });
});

describe('a language without a translation (the fallback, kept for a language not delivered in time)', () => {
  const onlyEnglish = { en };

  it('has a line for each of the 20 other languages, each naming the portal address once', () => {
    expect(Object.keys(fallbackLines).sort()).toEqual(languageCodes.filter((c) => c !== 'en').sort());
    for (const line of Object.values(fallbackLines)) expect(line.match(/\{portalAddress\}/g)).toHaveLength(1);
  });

  it.each(languageCodes.filter((c) => c !== 'en'))('%s: English text with the line in the reader’s language and direction', (language) => {
    const resolved = resolveEmailLanguage(language, onlyEnglish);
    expect(resolved.content).toBe('en');
    expect(resolved.dir).toBe('ltr');
    expect(resolved.strings).toBe(en);
    expect(resolved.fallback).toEqual({ lang: language, dir: languageDirection(language), text: fallbackLines[language] });
  });

  it('is not used for a translated language', () => {
    for (const language of translated) expect(resolveEmailLanguage(language).fallback).toBeNull();
  });
});

describe('rendering once', () => {
  it('renders a (type, language, portal, demo) once and then serves it from the cache', async () => {
    const calls = () => vi.mocked(render).mock.calls.length;
    const fresh = { portalUrl: 'https://cache-test.example.org', demo: false };
    const before = calls();
    const [a, b] = await Promise.all([renderNoticeTemplate('notice_copy', 'es', fresh), renderNoticeTemplate('notice_copy', 'es', fresh)]);
    expect(calls() - before).toBe(2); // one HTML and one plain-text render, shared by both callers
    const again = await renderNoticeTemplate('notice_copy', 'es', fresh);
    expect(calls() - before).toBe(2);
    expect(a).toBe(b);
    expect(again).toBe(a);
    expect(a.html).not.toContain('SYNTHETIC');
    await renderNoticeTemplate('notice_copy', 'es', { ...fresh, demo: true });
    expect(calls() - before).toBe(4);
  });

  it('refuses an unknown type or language by name', async () => {
    await expect(renderNoticeTemplate('nope' as NoticeType, 'en', options)).rejects.toThrow('Unknown notice type "nope"');
    await expect(renderNoticeTemplate('initial_notice', 'xx' as LanguageCode, options)).rejects.toThrow('Unknown notice language "xx"');
  });

  it('measures one React render', async () => {
    const element = createElement(noticeRegistry.initial_notice.component, { language: 'es' });
    await render(element);
    const n = 30;
    const start = performance.now();
    for (let i = 0; i < n; i++) await render(element);
    const perRender = (performance.now() - start) / n;
    console.log(`react-email render: ${perRender.toFixed(2)} ms per render (initial_notice, es, mean of ${n})`);
    expect(perRender).toBeLessThan(500);
  });
});
