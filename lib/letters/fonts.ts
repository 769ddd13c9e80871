import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { promisify } from 'node:util';
import type { LanguageCode } from '@/lib/languages';

// Letters are printed with Debian's Noto fonts (fonts-noto-core, fonts-noto-cjk), named explicitly so a
// letter never depends on whatever fontconfig would pick as a fallback on one machine or another: the
// same inputs give the same glyphs (deterministic rendering) and every glyph has a font to be embedded.

const latin = 'Noto Sans';

/** The face each language's own script is set in; Latin text inside it falls back to Noto Sans. */
const scriptFamily: Readonly<Partial<Record<LanguageCode, string>>> = {
  ar: 'Noto Naskh Arabic',
  fa: 'Noto Naskh Arabic',
  // Urdu is read in Nastaliq; Naskh looks foreign to most Urdu readers.
  ur: 'Noto Nastaliq Urdu',
  bn: 'Noto Sans Bengali',
  gu: 'Noto Sans Gujarati',
  pa: 'Noto Sans Gurmukhi',
  km: 'Noto Sans Khmer',
  ja: 'Noto Sans CJK JP',
  ko: 'Noto Sans CJK KR',
  'zh-Hans': 'Noto Sans CJK SC',
  'zh-Hant': 'Noto Sans CJK TC',
};

// Every face a letter may need, in fallback order: an English letter for a Khmer reader carries a Khmer
// line, so any letter may show any script.
const allFamilies = [
  latin,
  'Noto Naskh Arabic',
  'Noto Nastaliq Urdu',
  'Noto Sans Bengali',
  'Noto Sans Gujarati',
  'Noto Sans Gurmukhi',
  'Noto Sans Khmer',
  'Noto Sans CJK SC',
  'Noto Sans CJK TC',
  'Noto Sans CJK JP',
  'Noto Sans CJK KR',
] as const;

/** From fonts-noto-cjk: a monospace face for notice codes, so 0/O and 1/I stay apart. */
export const codeFamily = 'Noto Sans Mono CJK SC';

export const requiredFontFamilies: readonly string[] = [...allFamilies, codeFamily];

function quoted(families: readonly string[]): string {
  return families.map((f) => `'${f}'`).join(', ');
}

/** A CSS font-family list for text in `language`: its own script's face first, then every other one. */
export function fontStack(language: LanguageCode): string {
  const own = scriptFamily[language];
  const families = own ? [own, ...allFamilies.filter((f) => f !== own)] : [...allFamilies];
  return quoted(families);
}

export function codeFontStack(): string {
  return quoted([codeFamily, latin]);
}

/** Urdu's Nastaliq stacks words diagonally and needs far more line height than other scripts. */
export function lineHeightFor(language: LanguageCode): number {
  return language === 'ur' ? 2.1 : language === 'ar' || language === 'fa' ? 1.7 : 1.45;
}

const run = promisify(execFile);

/** The families fontconfig knows, as fc-list prints them (one face can have several names). */
export async function installedFontFamilies(): Promise<Set<string>> {
  const { stdout } = await run('fc-list', [':', 'family'], { maxBuffer: 16 * 1024 * 1024 });
  const names = new Set<string>();
  for (const line of stdout.split('\n')) for (const name of line.split(',')) if (name.trim()) names.add(name.trim());
  return names;
}

/**
 * Null when letters can be printed here, otherwise one sentence saying what is missing and how to install
 * it. Email does not depend on any of this, so callers report it and carry on.
 */
export async function letterRendererProblem(
  chromiumPath: string,
  listFamilies: () => Promise<Set<string>> = installedFontFamilies,
): Promise<string | null> {
  try {
    accessSync(chromiumPath, constants.X_OK);
  } catch {
    return `Letters cannot be printed: Chromium is not installed at ${chromiumPath} (install it with "apt-get install chromium" or set LETTER_CHROMIUM_PATH); email notices are not affected.`;
  }
  let installed: Set<string>;
  try {
    installed = await listFamilies();
  } catch {
    return 'Letters cannot be printed: fontconfig\'s fc-list did not run, so the fonts cannot be checked (install them with "apt-get install fontconfig fonts-noto-core fonts-noto-cjk"); email notices are not affected.';
  }
  const missing = requiredFontFamilies.filter((f) => !installed.has(f));
  if (missing.length > 0) {
    return `Letters cannot be printed: the font${missing.length === 1 ? '' : 's'} ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not installed (install them with "apt-get install fonts-noto-core fonts-noto-cjk"); email notices are not affected.`;
  }
  return null;
}
