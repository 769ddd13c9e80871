import { describe, expect, it } from 'vitest';
import { routesOfManifest, unknownPathTest } from './unknown-paths';

// The shape of a real build's .next/app-path-routes-manifest.json (keys are app files, values routes).
const manifest = {
  '/[locale]/page': '/[locale]',
  '/[locale]/check/page': '/[locale]/check',
  '/[locale]/check/result/page': '/[locale]/check/result',
  '/[locale]/[...rest]/page': '/[locale]/[...rest]',
  '/admin/queues/[[...path]]/route': '/admin/queues/[[...path]]',
  '/api/auth/[...nextauth]/route': '/api/auth/[...nextauth]',
  '/icon.svg/route': '/icon.svg',
};

describe('unknown paths', () => {
  const unknown = unknownPathTest(routesOfManifest(manifest));

  it('knows a path that only the localized catch-all matches', () => {
    expect(unknown('/es/no-existe')).toBe(true);
    expect(unknown('/en/check/typo')).toBe(true);
    expect(unknown('/en/a/b/c')).toBe(true);
  });

  it('leaves every path a real page or route handler matches alone', () => {
    for (const path of [
      '/en',
      '/es/',
      '/en/check',
      '/en/check/',
      '/ko/check/result',
      '/admin/queues',
      '/admin/queues/api/x',
      '/api/auth/session',
      '/icon.svg',
    ]) {
      expect(unknown(path), path).toBe(false);
    }
  });

  it("never touches Next's own files, and does nothing for a build without the catch-all", () => {
    expect(unknown('/_next/static/chunks/app.js')).toBe(false);
    expect(unknownPathTest(['/[locale]', '/[locale]/check'])('/es/no-existe')).toBe(false);
    expect(routesOfManifest(null)).toEqual([]);
  });
});
