import { describe, expect, it } from 'vitest';
import { fontStack, installedFontFamilies, letterRendererProblem, requiredFontFamilies } from './fonts';

describe('what letters need on the machine', () => {
  it('finds Chromium and every Noto face here', async () => {
    expect(await letterRendererProblem('/usr/bin/chromium')).toBeNull();
    const installed = await installedFontFamilies();
    for (const f of requiredFontFamilies) expect(installed.has(f), f).toBe(true);
  });

  it('says in one sentence when Chromium is missing', async () => {
    const problem = await letterRendererProblem('/nonexistent/chromium');
    expect(problem).toMatch(
      /^Letters cannot be printed: Chromium is not installed at \/nonexistent\/chromium .*email notices are not affected\.$/,
    );
  });

  it('names a missing font and the package that has it', async () => {
    const all = await installedFontFamilies();
    all.delete('Noto Sans Khmer');
    const problem = await letterRendererProblem('/usr/bin/chromium', async () => all);
    expect(problem).toBe(
      'Letters cannot be printed: the font Noto Sans Khmer is not installed (install them with "apt-get install fonts-noto-core fonts-noto-cjk"); email notices are not affected.',
    );
  });

  it("puts the language's own script first", () => {
    expect(fontStack('ur').startsWith("'Noto Nastaliq Urdu'")).toBe(true);
    expect(fontStack('en').startsWith("'Noto Sans'")).toBe(true);
  });
});
