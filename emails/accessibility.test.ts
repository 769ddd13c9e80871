// Every notice as a person receives it passes axe: each notice type's rendered HTML (merged with synthetic
// values, exactly as the pipeline sends it) opened on a page of its own in Chromium, once for each script
// among the fully translated languages (one language per script, so Latin, Arabic, Han… each get scanned as
// soon as a translation in it lands). The admin preview shows the same HTML in a sandboxed frame axe cannot
// enter, so this is where notices are scanned.
//
// A browser test without the portal: it needs no build and no server, only Chromium, so it runs with the
// unit tests (Playwright's library, Debian's /usr/bin/chromium, as in playwright.config.ts).
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wcagTags } from '../e2e/support/axe';
import { fullyTranslated } from './i18n';
import { mergeNotice } from './merge';
import { noticeTypes } from './notice-types';
import { renderNoticeTemplate } from './render';
import { sampleValues } from './testing/fixtures';

/** One language per writing system, the first of each in fullyTranslated's order. */
function oneLanguagePerScript(codes: string[]): string[] {
  const byScript = new Map<string, string>();
  for (const code of codes) {
    const script = new Intl.Locale(code).maximize().script ?? code;
    if (!byScript.has(script)) byScript.set(script, code);
  }
  return [...byScript.values()];
}

const languages = oneLanguagePerScript(Object.keys(fullyTranslated));

describe('every notice passes axe, in one language per script (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('picks one language for each script (today en and es, both Latin: English)', () => {
    expect(languages).toContain('en');
    expect(oneLanguagePerScript(['en', 'es', 'ar', 'fa', 'zh-Hant', 'zh-Hans', 'ko'])).toEqual(['en', 'ar', 'zh-Hant', 'zh-Hans', 'ko']);
  });

  for (const language of languages) {
    for (const type of noticeTypes) {
      it(`${type} in ${language}`, async () => {
        const rendered = await renderNoticeTemplate(type, language, { portalUrl: 'https://check.example.org', demo: true });
        const { html } = mergeNotice(rendered, sampleValues());
        const context = await browser.newContext();
        const page = await context.newPage();
        try {
          await page.setContent(html, { waitUntil: 'load' });
          const result = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
          const summary = result.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            targets: v.nodes.map((n) => n.target.join(' ')),
          }));
          expect(summary, `axe on ${type} (${language})`).toEqual([]);
          // The checks that found something to check: a notice axe could not read would pass empty.
          expect(result.passes.length).toBeGreaterThan(5);
          expect(await page.getAttribute('html', 'lang')).toBe(language);
        } finally {
          await context.close();
        }
      }, 60_000);
    }
  }
});
