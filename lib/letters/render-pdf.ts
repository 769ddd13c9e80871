import { chromium, type Browser } from 'playwright-core';
import { ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';
import { letterRendererProblem } from './fonts';
import { letterAnchor, type LetterDocument } from './letter-html';

// Chromium prints the letters: it shapes every script the portal needs (HarfBuzz) and lays out right-to-
// left paragraphs (full bidi), which pdfkit, pdf-lib and @react-pdf/renderer do not (shared/letters.md).
// One browser per process, launched on first use; each document is a fresh page, closed when printed.
// A print file's letters are one document and one page.pdf(): a page load and a PDF per letter, merged
// after, was 8 to 17 times slower here and embedded every font subset once per letter (BENCHMARKS.md).

/** Letters cannot be printed on this machine; the message is one sentence saying what to install. */
export class LetterRendererUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LetterRendererUnavailableError';
  }
}

export interface LettersPdf {
  pdf: Buffer;
  /** Each letter's own pages, in document order (the blank page that pads it to whole sheets not counted). */
  pages: number[];
}

/** The PDF does not have the letters the document had, in order; a bug, not something to retry. */
export class LetterLayoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LetterLayoutError';
  }
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

/**
 * Each letter's page count from the page (from 0) each starts on, in document order: a letter runs to
 * the next one's first page, the last to the end. Anything but a strictly increasing list starting at
 * the first page means the PDF does not hold the document's letters in order.
 */
export function countLetterPages(firstPages: readonly (number | undefined)[], totalPages: number): number[] {
  return firstPages.map((first, i) => {
    const next = i + 1 < firstPages.length ? firstPages[i + 1] : totalPages;
    if (first === undefined || next === undefined || (i === 0 && first !== 0) || !(next > first) || next > totalPages)
      throw new LetterLayoutError(
        `The printed letters are not in order: letter ${i + 1} of ${firstPages.length} starts on page ${first === undefined ? 'none' : first + 1}, the next on ${next === undefined ? 'none' : next + 1} (of ${totalPages}).`,
      );
    return next - first;
  });
}

/** The page (from 0) each letter starts on: Chromium writes a named destination for each letter's anchor. */
function letterFirstPages(pdf: PDFDocument, count: number): (number | undefined)[] {
  const pageIndex = new Map(pdf.getPages().map((p, i) => [p.ref.toString(), i]));
  const dests = pdf.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  return Array.from({ length: count }, (_, i) => {
    const dest = dests?.lookupMaybe(PDFName.of(letterAnchor(i)), PDFArray);
    const page = dest?.get(0);
    return page instanceof PDFRef ? pageIndex.get(page.toString()) : undefined;
  });
}

/**
 * Counts each letter's pages, then adds a blank page after each letter with an odd count, so each starts
 * on a new sheet when printed on both sides (Chromium does not insert blank pages for break-before:
 * right). The rest of the PDF (its structure tree, fonts, pages) is written back as Chromium made it.
 */
async function padToSheets(printed: Buffer, letters: number): Promise<LettersPdf> {
  // Parsed and written without yielding to the event loop every 100 objects (pdf-lib's default): about
  // twice as fast on a 21-letter file (load 1.7-2.0 s to 0.7-1.2 s on the loaded 2-core machine).
  const doc = await PDFDocument.load(printed, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const pages = countLetterPages(letterFirstPages(doc, letters), doc.getPageCount());
  if (pages.every((n) => n % 2 === 0)) return { pdf: printed, pages };
  // From the end, so each index is still where that letter ends.
  let end = doc.getPageCount();
  for (let i = pages.length - 1; i >= 0; i--) {
    if (pages[i]! % 2 === 1) doc.insertPage(end, [612, 792]);
    end -= pages[i]!;
  }
  return { pdf: Buffer.from(await doc.save({ useObjectStreams: false, updateFieldAppearances: false, objectsPerTick: Infinity })), pages };
}

/**
 * Prints the letters of one document to a tagged PDF, each padded to whole sheets. When `signal` aborts,
 * the page is closed at once (a full file takes half a minute or more) and this rejects.
 */
export async function renderLetterDocument(
  doc: LetterDocument,
  options: { chromiumPath: string; signal?: AbortSignal },
): Promise<LettersPdf> {
  const b = await browserFor(options.chromiumPath);
  const page = await b.newPage();
  const stop = () => void page.close();
  options.signal?.addEventListener('abort', stop, { once: true });
  let printed: Buffer;
  try {
    options.signal?.throwIfAborted();
    await page.setContent(doc.html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    printed = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
  } finally {
    options.signal?.removeEventListener('abort', stop);
    await page.close();
  }
  return padToSheets(printed, doc.pieceIds.length);
}

/** Closes the shared browser (tests, and a worker shutting down). */
export async function closeLetterRenderer(): Promise<void> {
  const all = [...browsers.values()];
  browsers.clear();
  await Promise.all(all.map(async (b) => (await b.catch(() => null))?.close()));
}
