import { devices } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { expectNoAxeViolations } from './support/axe';

// Every test here is independent, so they share the two workers.
test.describe.configure({ mode: 'parallel' });

// The script nonce is new on every response (lib/web/csp.ts); the rest of the policy is fixed.
const cspPattern =
  /^default-src 'self'; script-src 'self' 'nonce-([A-Za-z0-9+/]{22}==)'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'$/;

const expectedHeaders: Record<string, string> = {
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

const landing = {
  en: {
    title: 'Did the IRS share your tax information with immigration enforcement?',
    headings: [
      'Make sure you are on the real portal',
      'What happened',
      'What this portal does',
      'How to check',
      'Your rights',
      'Get help',
      'How we protect what you type',
    ],
    facts: [
      'about 47,000',
      'about 1.28 million',
      'April 2025',
      'February 26, 2026',
      '26 U.S.C. 7431',
      '$1,000',
      'two years from the date you discover',
    ],
    demo: "This is a demonstration. All records in it are synthetic (made up); no real person's data is here.",
    skip: 'Skip to main content',
    cta: 'Check your record',
  },
  es: {
    title: '¿Compartió el IRS su información tributaria con el control de inmigración?',
    headings: [
      'Asegúrese de estar en el portal verdadero',
      'Qué pasó',
      'Qué hace este portal',
      'Cómo consultar',
      'Sus derechos',
      'Obtenga ayuda',
      'Cómo protegemos lo que usted escribe',
    ],
    facts: [
      'alrededor de 47,000',
      'alrededor de 1.28 millones',
      'Abril de 2025',
      '26 de febrero de 2026',
      '26 U.S.C. 7431',
      '$1,000',
      'dos años a partir de la fecha en que descubra',
    ],
    demo: 'Esto es una demostración. Todos los registros que contiene son sintéticos (inventados); aquí no hay datos de ninguna persona real.',
    skip: 'Saltar al contenido principal',
    cta: 'Revise su expediente',
  },
} as const;

const locales = ['en', 'es'] as const;

for (const locale of locales) {
  const copy = landing[locale];

  test.describe(`landing page (${locale})`, () => {
    test('states its language, headings and key facts', async ({ page }) => {
      await page.goto(`/${locale}`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(copy.title);
      for (const name of copy.headings) {
        await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
      }
      const main = page.getByRole('main');
      for (const fact of copy.facts) {
        await expect(main).toContainText(fact);
      }
      // A person's notice says what applies to them; the public page never states a share.
      await expect(main).not.toContainText('5%');
      await expect(page.getByRole('region', { name: locale === 'en' ? 'Demonstration notice' : 'Aviso de demostración' })).toContainText(
        copy.demo,
      );
      await expect(page.getByTestId('portal-address')).toHaveText(/^[a-z0-9.-]+(:\d+)?$/i);
      await expect(page.getByRole('link', { name: copy.cta })).toHaveAttribute('href', `/${locale}/check`);
    });

    test('has no WCAG 2.2 AA violations', async ({ page }) => {
      await page.goto(`/${locale}`);
      await expectNoAxeViolations(page);
    });
  });
}

test.describe('at a phone size', () => {
  // defaultBrowserType cannot change inside a group; the rest of the device profile can.
  const { defaultBrowserType: _ignored, ...phone } = devices['Pixel 7'];
  test.use(phone);

  for (const locale of locales) {
    test(`${locale}: no WCAG 2.2 AA violations, no sideways scrolling, large targets`, async ({ page }) => {
      await page.goto(`/${locale}`);
      await expectNoAxeViolations(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const targets = [
        page.getByRole('link', { name: landing[locale].cta }),
        page.getByRole('navigation').getByRole('link', { name: 'English' }),
        page.getByRole('navigation').getByRole('link', { name: 'Español' }),
      ];
      for (const target of targets) {
        const box = await target.boundingBox();
        expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
      }
    });
  }
});

test('/ redirects to the language the browser asks for', async ({ browser, baseURL }) => {
  for (const [browserLocale, locale] of [
    ['en-US', 'en'],
    ['es-MX', 'es'],
  ] as const) {
    // The context's locale is what Chromium sends as Accept-Language.
    const context = await browser.newContext({ baseURL, locale: browserLocale });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(new RegExp(`/${locale}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await context.close();
  }
});

test('the language links switch language, with and without JavaScript', async ({ browser, baseURL }) => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ baseURL, javaScriptEnabled });
    const page = await context.newPage();
    await page.goto('/en');
    const languages = page.getByRole('navigation', { name: 'Choose a language' });
    await expect(languages.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'true');
    const spanish = languages.getByRole('link', { name: 'Español' });
    await expect(spanish).toHaveAttribute('lang', 'es');
    await spanish.click();
    await expect(page).toHaveURL(/\/es$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(landing.es.title);
    await page.getByRole('navigation', { name: 'Elija un idioma' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await context.close();
  }
});

test('the skip link is first and moves focus to the main content', async ({ page }) => {
  await page.goto('/en');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: landing.en.skip });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  // The next Tab lands inside main, on a control whose focus is visible.
  await page.keyboard.press('Tab');
  const cta = page.getByRole('link', { name: landing.en.cta }).first();
  await expect(cta).toBeFocused();
  const outline = await cta.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
});

test('an unknown address answers 404 with a page that needs no JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto('/es/no-existe');
  expect(response?.status()).toBe(404);
  // Under a locale the not-found page speaks that locale (the catch-all's page, answered 404 by the front server).
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No se encontró la página');
  await expect(page.getByRole('link', { name: 'Ir a la página principal' })).toHaveAttribute('href', '/es');
  await context.close();
});

test('every response carries the security headers', async ({ request }) => {
  const redirect = await request.get('/', { maxRedirects: 0 });
  expect(redirect.status()).toBeGreaterThanOrEqual(300);
  expect(redirect.status()).toBeLessThan(400);
  expect(redirect.headers()['location']).toMatch(/\/(en|es)$/);

  const page = await request.get('/en');
  const html = await page.text();
  const stylesheet = /href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1];
  expect(stylesheet).toBeTruthy();

  const nonces = new Set<string>();
  for (const path of ['/', '/en', '/es', '/en/no-such-page', stylesheet!]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    const nonce = cspPattern.exec(headers['content-security-policy'] ?? '')?.[1];
    expect(nonce, `content-security-policy on ${path}: ${headers['content-security-policy']}`).toBeTruthy();
    nonces.add(nonce!);
    // Next.js puts this response's nonce, and only it, on every script it writes.
    if (path === '/en') {
      const scriptNonces = new Set([...(await response.text()).matchAll(/<script\b[^>]*\bnonce="([^"]+)"/g)].map((m) => m[1]));
      expect([...scriptNonces]).toEqual([nonce]);
    }
    for (const [name, value] of Object.entries(expectedHeaders)) {
      expect(headers[name], `${name} on ${path}`).toBe(value);
    }
    expect(headers['x-powered-by'], `x-powered-by on ${path}`).toBeUndefined();
  }
  expect(nonces.size).toBe(5);
});

test('nothing is requested from another origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requested: string[] = [];
  const violations: string[] = [];
  page.on('request', (req) => requested.push(req.url()));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) violations.push(msg.text());
  });

  for (const path of ['/en', '/es']) {
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.keyboard.press('End');
    // The fonts the page uses have been fetched: the styles and their url() references resolved.
    await expect.poll(() => requested.some((url) => url.endsWith('.woff2'))).toBe(true);
    // The browser's own record of every resource the document loaded, as a second witness.
    requested.push(...(await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name))));
  }

  const foreign = requested.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'));
  expect(foreign).toEqual([]);
  expect(violations).toEqual([]);
  // The design system's fonts come from this origin (bundled by the build), not a font service.
  expect(requested.some((url) => url.startsWith(`${origin}/_next/static/media/`) && url.endsWith('.woff2'))).toBe(true);
});
