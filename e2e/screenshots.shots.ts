import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { languageCodes, languages } from '../lib/languages';

// Written for review by a person (README, "Languages"): does each script render, does right to left
// mirror, does anything overflow at phone size. Not a pixel comparison.
const out = process.env.SCREENSHOT_DIR ?? 'screenshots';
mkdirSync(out, { recursive: true });

test.describe.configure({ mode: 'parallel' });

for (const code of languageCodes) {
  for (const width of [390, 1280]) {
    test(`${code} at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      await page.goto(`/${code}`);
      await expect(page.locator('html')).toHaveAttribute('dir', languages[code].dir);
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: `${out}/${code}-${width}.png`, fullPage: true });
    });
  }
}
