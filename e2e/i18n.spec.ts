// The portal in all 21 languages: for each, the landing, check and result pages carry the language and
// direction of lib/languages.ts, pass axe, and show no English sentence (visible text compared with the
// strings of messages/en.json); an unreviewed language says so with a link to the English page. Then how a
// language is chosen: Accept-Language on the first visit, the remembered choice, the picker.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/self-check';
import { languageCodes, languages, type LanguageCode } from '../lib/languages';

test.describe.configure({ mode: 'parallel' });
// Two pages, two axe scans each and the English comparison: more than the default 30 s on a busy 2-core machine.
test.setTimeout(120_000);

type Tree = { [key: string]: string | Tree };
const flat = (tree: Tree, out: string[] = []): string[] => {
  for (const [key, value] of Object.entries(tree)) {
    if (key === '_meta') continue;
    if (typeof value === 'string') out.push(value);
    else flat(value, out);
  }
  return out;
};
const messagesOf = (code: LanguageCode) => JSON.parse(readFileSync(`messages/${code}.json`, 'utf8')) as Tree;

/**
 * English sentences to look for: the literal runs of English messages (text between ICU arguments and
 * tags) of at least three words, except those the language itself uses verbatim (names such as
 * "Disclosure Check", form numbers).
 */
function englishSentences(code: LanguageCode): string[] {
  const own = new Set(flat(messagesOf(code)));
  const runs = new Set<string>();
  for (const message of flat(messagesOf('en'))) {
    if (own.has(message)) continue;
    for (const run of message.split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|<\/?\w+>/)) {
      const text = run.trim();
      if (text.split(/\s+/).length >= 3 && /[a-z]{3}/.test(text) && ![...own].some((s) => s.includes(text))) runs.add(text);
    }
  }
  return [...runs];
}

async function expectNoEnglish(page: Page, code: LanguageCode) {
  // The review note's link goes to the English page: its own words are in the page's language.
  const visible = await page.locator('body').innerText();
  const found = englishSentences(code).filter((s) => visible.includes(s));
  expect(found, `English on the ${code} page ${page.url()}`).toEqual([]);
}

async function expectLanguage(page: Page, code: LanguageCode) {
  const html = page.locator('html');
  await expect(html).toHaveAttribute('lang', code);
  await expect(html).toHaveAttribute('dir', languages[code].dir);
  await expect(html).toHaveClass(`dc-font-${languages[code].font}`);
  const note = page.getByRole('note');
  if (languages[code].humanReviewed) await expect(note).toHaveCount(0);
  else await expect(note.getByRole('link')).toHaveAttribute('href', new RegExp(`^/en(/|$)`));
}

for (const [index, code] of languageCodes.entries()) {
  test.describe(`${code} (${languages[code].englishName})`, () => {
    test('landing, check and organization application pages: language, direction, axe, no English', async ({ page }) => {
      for (const path of [`/${code}`, `/${code}/check`, `/${code}/advocates/apply`, `/${code}/advocates/apply/received`]) {
        await page.goto(path);
        await expectLanguage(page, code);
        await expectNoAxeViolations(page);
        if (code !== 'en') await expectNoEnglish(page, code);
      }
    });

    test('result page: language, direction, axe, no English', async ({ page, people }) => {
      const person = people.pool[20 + index];
      if (!person) throw new Error('Not enough synthetic people for the result pages');
      await page.goto(`/${code}/check`);
      await page.locator('input[name="code"]').fill(person.noticeCode);
      await page.locator('input[name="dobMonth"]').fill(person.dob.month);
      await page.locator('input[name="dobDay"]').fill(person.dob.day);
      await page.locator('input[name="dobYear"]').fill(person.dob.year);
      await page.locator('form[data-attempt] button[type="submit"]').click();
      await expect(page).toHaveURL(new RegExp(`/${code}/check/result$`));
      await expect(page.getByTestId('result')).toBeVisible();
      await expectLanguage(page, code);
      await expectNoAxeViolations(page);
      if (code !== 'en') await expectNoEnglish(page, code);
    });
  });
}

test('the picker names all 21 languages in themselves, each a plain link', async ({ page }) => {
  await page.goto('/ar/check');
  const links = page.locator('.dc-language__link');
  await expect(links).toHaveCount(21);
  for (const code of languageCodes) {
    const link = page.locator(`.dc-language__link[lang="${code}"]`);
    await expect(link).toHaveText(languages[code].endonym);
    await expect(link).toHaveAttribute('href', `/${code}/check`);
  }
});

test('the first visit follows Accept-Language; a chosen language is remembered', async ({ browser, baseURL }) => {
  // The context's locale is what Chromium sends as Accept-Language (it wins over extraHTTPHeaders).
  for (const [accept, expected] of [
    ['zh-TW', 'zh-Hant'],
    ['zh-CN', 'zh-Hans'],
    ['fil-PH', 'tl'],
    ['ur-PK', 'ur'],
    ['pa-IN', 'pa'],
    ['de-DE', 'en'],
  ] as const) {
    const context = await browser.newContext({ baseURL, locale: accept });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page, accept).toHaveURL(new RegExp(`/${expected}$`));
    await context.close();
  }
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, locale: 'en-US' });
  const page = await context.newPage();
  await page.goto('/en');
  await page.locator('.dc-language__link[lang="km"]').click();
  await expect(page).toHaveURL(/\/km$/);
  const cookie = (await context.cookies()).find((c) => c.name === 'NEXT_LOCALE');
  expect(cookie?.value).toBe('km');
  expect(cookie!.expires - Date.now() / 1000).toBeGreaterThan(300 * 24 * 3600);
  await page.goto('/');
  await expect(page).toHaveURL(/\/km$/);
  await context.close();
});

test('the portal address inside right-to-left text is isolated', async ({ page }) => {
  await page.goto('/ar');
  const address = await page.getByTestId('portal-address').innerText();
  expect(address.startsWith('\u2068') && address.endsWith('\u2069')).toBe(true);
});
