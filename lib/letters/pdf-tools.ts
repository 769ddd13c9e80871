import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

// poppler-utils (pdffonts, pdftotext, pdfinfo, pdftoppm) read the printed letters back, in tests and in
// the preview command: what they extract is what a PDF reader, a screen reader and the mail house see.

const run = promisify(execFile);

async function withPdfFile<T>(pdf: Buffer, fn: (file: string, dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dc-letter-'));
  try {
    const file = path.join(dir, 'letter.pdf');
    await writeFile(file, pdf);
    return await fn(file, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

export function pdfFonts(pdf: Buffer): Promise<PdfFont[]> {
  return withPdfFile(pdf, async (file) => {
    const { stdout } = await run('pdffonts', [file]);
    // Columns after the name: type (may contain spaces), encoding, emb, sub, uni, object, id.
    return stdout
      .split('\n')
      .slice(2)
      .filter((l) => l.trim())
      .map((line) => {
        const m = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
        if (!m) throw new Error(`Unexpected pdffonts line: ${line}`);
        return { name: m[1]!, type: m[2]!, embedded: m[4] === 'yes' };
      });
  });
}

export function pdfText(pdf: Buffer, pages?: { first: number; last: number }): Promise<string> {
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
  return withPdfFile(
    pdf,
    async (file) => (await run('pdftotext', [...range, '-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout,
  );
}

/**
 * Each page's footer text, trimmed: what pdftotext finds in the bottom `inches` of the page (a US Letter
 * page, 11 in tall), one string per page in order.
 */
export function pdfPageFooters(pdf: Buffer, inches = 0.75): Promise<string[]> {
  const height = Math.round(inches * 72);
  return withPdfFile(pdf, async (file) => {
    const crop = ['-x', '0', '-y', String(792 - height), '-W', '612', '-H', String(height)];
    const { stdout } = await run('pdftotext', [...crop, '-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
    // pdftotext ends every page with a form feed.
    return stdout
      .split('\f')
      .slice(0, -1)
      .map((p) => p.trim());
  });
}

export async function pdfInfo(pdf: Buffer): Promise<Record<string, string>> {
  return withPdfFile(pdf, async (file) => {
    const { stdout } = await run('pdfinfo', [file]);
    return Object.fromEntries(
      stdout
        .split('\n')
        .filter((l) => l.includes(':'))
        .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
    );
  });
}

export interface PdfWord {
  text: string;
  /** Inches from the page's left and top edges. */
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** One page's words (page one unless told) with their boxes (pdftotext -bbox), in inches. */
export function pdfWordsOnPage(pdf: Buffer, page = 1): Promise<PdfWord[]> {
  return withPdfFile(pdf, async (file) => {
    const { stdout } = await run('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', '-enc', 'UTF-8', file, '-']);
    const words: PdfWord[] = [];
    const decode = (s: string) =>
      s
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&');
    for (const m of stdout.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      words.push({ left: +m[1]! / 72, top: +m[2]! / 72, right: +m[3]! / 72, bottom: +m[4]! / 72, text: decode(m[5]!) });
    }
    return words;
  });
}

/** Writes page one as a PNG (`<outBase>.png`) at `dpi`. */
export async function writeFirstPagePng(pdf: Buffer, outBase: string, dpi = 100): Promise<void> {
  await withPdfFile(pdf, async (file) => {
    await run('pdftoppm', ['-f', '1', '-l', '1', '-singlefile', '-r', String(dpi), '-png', file, outBase]);
  });
}
