import { chromium, type Browser } from 'playwright-core';
import { letterRendererProblem } from './fonts';
import type { LetterHtml } from './letter-html';

// Chromium prints the letters: it shapes every script the portal needs (HarfBuzz) and lays out right-to-
// left paragraphs (full bidi), which pdfkit, pdf-lib and @react-pdf/renderer do not (shared/letters.md).
// One browser per process, launched on first use; each letter is a fresh page, closed when printed.

/** Letters cannot be printed on this machine; the message is one sentence saying what to install. */
export class LetterRendererUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LetterRendererUnavailableError';
  }
}

export interface LetterPdf {
  pdf: Buffer;
  pages: number;
}

// One browser per Chromium path (there is one path in practice; tests try a missing one).
const browsers = new Map<string, Promise<Browser>>();

async function launch(chromiumPath: string): Promise<Browser> {
  const problem = await letterRendererProblem(chromiumPath);
  if (problem) throw new LetterRendererUnavailableError(problem);
  return chromium.launch({ executablePath: chromiumPath, args: ['--font-render-hinting=none'] });
}

function browserFor(chromiumPath: string): Promise<Browser> {
  let browser = browsers.get(chromiumPath);
  if (browser === undefined) {
    const launching = launch(chromiumPath);
    browser = launching;
    browsers.set(chromiumPath, launching);
    const forget = () => {
      if (browsers.get(chromiumPath) === launching) browsers.delete(chromiumPath);
    };
    // A failed launch is not kept: installing the missing package fixes the next job without a restart.
    launching.then((b) => b.on('disconnected', forget), forget);
  }
  return browser;
}

/** Counts the page objects of a PDF Chromium wrote (Skia writes no object streams, so each is visible). */
export function countPdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

export async function renderLetterPdf(letter: LetterHtml, options: { chromiumPath: string }): Promise<LetterPdf> {
  const b = await browserFor(options.chromiumPath);
  const page = await b.newPage();
  try {
    await page.setContent(letter.html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const pdf = await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      tagged: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: letter.footerHtml,
    });
    return { pdf, pages: countPdfPages(pdf) };
  } finally {
    await page.close();
  }
}

/** Closes the shared browser (tests, and a worker shutting down). */
export async function closeLetterRenderer(): Promise<void> {
  const all = [...browsers.values()];
  browsers.clear();
  await Promise.all(all.map(async (b) => (await b.catch(() => null))?.close()));
}
