import { afterAll, describe, expect, it } from 'vitest';
import { fullyTranslated } from '@/emails/i18n';
import { fallbackLines } from '@/emails/i18n/fallback-lines';
import { formatNoticeCode } from '@/lib/identifiers/notice-code';
import { languageCodes, type LanguageCode } from '@/lib/languages';
import { letterGeometry, number10DoubleWindow, type Box } from './geometry';
import { buildLetterDocument, letterPortalAddress, type LetterDocument, type LetterInput } from './letter-html';
import { pdfFonts, pdfInfo, pdfPageFooters, pdfText, pdfWordsOnPage, type PdfWord } from './pdf-tools';
import {
  closeLetterRenderer,
  countLetterPages,
  LetterLayoutError,
  LetterRendererUnavailableError,
  renderLetterDocument,
} from './render-pdf';
import { sampleFrame, sampleLetter, sampleRecipientLines } from '../../testing/letter-sample';

const chromiumPath = '/usr/bin/chromium';
afterAll(() => closeLetterRenderer());

// pdftotext puts spaces where glyphs overlap (Khmer, Nastaliq), wraps lines, marks right-to-left runs
// with bidi controls and may put an Arabic-script mark (Farsi's hamza above) before its letter instead of
// after; none of that is the letter's text, so both sides drop them before comparing.
// eslint-disable-next-line no-misleading-character-class -- the marks are listed to be dropped one by one
const ignorable = /[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069\u00ad\u064b-\u065f\u0670]/g;
const squash = (s: string) => s.normalize('NFC').replace(ignorable, '');

/** Each character of `wanted` as often as it occurs there, anywhere in `text`. */
function expectCharacters(text: string, wanted: string) {
  const have = new Map<string, number>();
  for (const c of squash(text)) have.set(c, (have.get(c) ?? 0) + 1);
  const need = new Map<string, number>();
  for (const c of squash(wanted)) need.set(c, (need.get(c) ?? 0) + 1);
  for (const [c, n] of need) expect(have.get(c) ?? 0, `"${c}" (U+${c.codePointAt(0)!.toString(16)})`).toBeGreaterThanOrEqual(n);
}

/**
 * The sentence, cut at the portal address and at sentence ends, must be in the text piece by piece:
 * pdftotext may order a right-to-left line's runs differently from the source, never a run's letters.
 */
// Punctuation next to a bidi-isolated address lands on the address's side of a right-to-left line
// ("…address: check.example.org/ar" comes out as "…address check.example.org/ar:"), and a hyphen at a line
// end ("e-mail") is taken for a soft hyphen and dropped: neither is the renderer's doing, so the
// sentences are compared without them.
const unpunctuate = (s: string) => squash(s).replace(/[:：-]/g, '');

function expectSentence(text: string, sentence: string, portalAddress: string) {
  const haystack = unpunctuate(text);
  const pieces = sentence
    .split('{portalAddress}')
    .flatMap((p) => p.split(/[.。।۔។](?=\s|$)/))
    .map(unpunctuate)
    // In a right-to-left line, a left-to-right run (SSN, ITIN, a form number) and the brackets around it
    // come out of pdftotext in visual order: the right-to-left text between such runs is compared.
    .flatMap((p) => (/[\u0590-\u08ff]/.test(p) ? p.split(/[()A-Za-z0-9.,/]+/) : [p]))
    .filter((p) => p.length > 0);
  for (const piece of pieces) expect(haystack, `missing "${piece}"`).toContain(piece);
  if (sentence.includes('{portalAddress}')) expect(haystack).toContain(unpunctuate(portalAddress));
}

/** Edits a document's HTML, failing when the text to replace is not there (the edit would test nothing). */
function replaced(doc: LetterDocument, from: string, to: string): LetterDocument {
  expect(doc.html).toContain(from);
  return { ...doc, html: doc.html.replace(from, to) };
}

async function renderFile(letters: LetterInput[], edit: (h: LetterDocument) => LetterDocument = (h) => h) {
  return renderLetterDocument(edit(await buildLetterDocument(letters, sampleFrame)), { chromiumPath });
}

async function render(language: LanguageCode, edit?: (h: LetterDocument) => LetterDocument) {
  const { pdf, pages } = await renderFile([sampleLetter(language)], edit);
  return { pdf, pages: pages[0]! };
}

/** The PDF page (from 1) on which letter `index` (from 0) starts: each letter padded to whole sheets. */
const firstPageOf = (pages: number[], index: number) => 1 + pages.slice(0, index).reduce((n, p) => n + 2 * Math.ceil(p / 2), 0);

describe('letters printed as PDF', () => {
  // Every language: those with a full translation are checked against it; the others carry the line in
  // their own script above the English letter. After the languages land this covers all 21 as translations.
  it.each([...languageCodes])('%s: a tagged PDF with every font embedded and the notice in its text', async (language) => {
    const { pdf, pages } = await render(language);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const info = await pdfInfo(pdf);
    expect(info.Tagged).toBe('yes');
    expect(info['Page size']).toContain('612 x 792');
    // Padded to whole sheets for printing on both sides.
    expect(Number(info.Pages)).toBe(2 * Math.ceil(pages / 2));
    expect(pages).toBeLessThanOrEqual(number10DoubleWindow.maxSheets * 2);

    const fonts = await pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);

    const text = await pdfText(pdf);
    const portal = letterPortalAddress(sampleFrame.portalUrl, language);
    expect(text).toContain(formatNoticeCode(sampleLetter(language).values.noticeCode));
    expect(text).toContain(sampleLetter(language).pieceId);
    const strings = fullyTranslated[language] ?? fullyTranslated.en!;
    // Nastaliq stacks a word's letters diagonally and pdftotext, ordering glyphs by position, moves some
    // to a neighbouring line: for Urdu every letter must be there, the words are checked intact in the
    // hard cases below.
    const expectText = (wanted: string) =>
      language === 'ur' ? expectCharacters(text, wanted.replace('{portalAddress}', portal)) : expectSentence(text, wanted, portal);
    for (const heading of Object.values(strings.headings)) expectText(heading);
    expectText(strings.safety.onlyAddress);
    expectText(strings.safety.neverAsk);
    if (!fullyTranslated[language]) {
      const line = fallbackLines[language as Exclude<LanguageCode, 'en'>];
      // Nastaliq stacks a word's letters diagonally and pdftotext, ordering glyphs by position, moves some
      // to a neighbouring line: for Urdu every letter must be there, the words are checked intact in the
      // hard cases below.
      if (language === 'ur') expectCharacters(await pdfText(pdf, { first: 1, last: 1 }), line.replace('{portalAddress}', portal));
      else expectSentence(text, line, portal);
    }
  });

  // The scripts' hard cases, set by the letter's own fonts and renderer: lam-alef, Urdu in Nastaliq,
  // Bengali and Gujarati conjuncts, Gurmukhi with addak and tippi, Khmer subscripts, CJK.
  const hardCases = {
    ar: 'السلام عليكم، لا إلى الأمام',
    fa: 'اطلاعیه‌ای برای شما',
    ur: 'اردو زبان',
    bn: 'পরীক্ষা স্বাস্থ্য বিজ্ঞান',
    gu: 'પરીક્ષા શ્રદ્ધા',
    pa: 'ਪੰਜਾਬੀ ਵਿੱਚ ਸ੍ਰੀ',
    km: 'ខ្មែរ ស្ត្រី ព្រះ',
    'zh-Hant': '繁體中文通知',
    'zh-Hans': '简体中文通知',
    ja: '日本語のお知らせ',
    ko: '한국어 안내문',
  } as const;

  it('shapes and extracts every hard case', async () => {
    const samples = Object.entries(hardCases)
      .map(([lang, s]) => `<p lang="${lang}" dir="${['ar', 'fa', 'ur'].includes(lang) ? 'rtl' : 'ltr'}">${s}</p>`)
      .join('');
    const { pdf } = await render('en', (h) => replaced(h, '<main class="letter-body">', `<main class="letter-body">${samples}`));
    const text = squash(await pdfText(pdf, { first: 1, last: 1 }));
    for (const [lang, sample] of Object.entries(hardCases)) {
      for (const word of sample.split(/[\s،]+/)) expect(text, `${lang}: "${word}"`).toContain(squash(word));
    }
    const fonts = (await pdfFonts(pdf)).map((f) => f.name);
    for (const face of [
      'NotoNaskhArabic',
      'NotoNastaliqUrdu',
      'NotoSansBengali',
      'NotoSansGujarati',
      'NotoSansGurmukhi',
      'NotoSansKhmer',
    ]) {
      expect(
        fonts.some((n) => n.includes(face)),
        face,
      ).toBe(true);
    }
  });
});

describe('the envelope windows', () => {
  const g = letterGeometry();
  const returnWords = new Set(sampleFrame.returnAddress.flatMap((l) => l.split(' ')));
  const intersects = (w: PdfWord, b: Box, slack: number) =>
    w.right > b.left - slack && w.left < b.left + b.width + slack && w.bottom > b.top && w.top < b.top + b.height;

  /** A letter's first page: its address in the window with 1/8 in to spare after a 1/4 in shift, and nothing else there. */
  function expectWindows(words: PdfWord[], recipientLines: readonly string[]) {
    const addressWords = new Set(recipientLines.flatMap((l) => l.split(' ')));
    // "DC" is in the return address too: the recipient's words are those below the return window.
    const belowReturn = (w: PdfWord) => w.top > g.returnWindow.top + g.returnWindow.height;
    const address = words.filter((w) => addressWords.has(w.text) && belowReturn(w));
    expect(address.length).toBe(addressWords.size);
    const win = g.recipientWindow;
    // pdftotext rounds boxes to a thousandth of a point; allow a thousandth of an inch.
    const side = number10DoubleWindow.clearance + number10DoubleWindow.sideShift - 0.001;
    for (const w of address) {
      expect(w.left, w.text).toBeGreaterThanOrEqual(win.left + side);
      expect(w.right, w.text).toBeLessThanOrEqual(win.left + win.width - side);
      // Glyph boxes include the font's full ascent and descent, taller than the ink: inside the window is
      // what is measured here; the block's own box keeps the 1/8 in (geometry.test.ts).
      expect(w.top, w.text).toBeGreaterThanOrEqual(win.top);
      expect(w.bottom, w.text).toBeLessThanOrEqual(win.top + win.height);
    }
    // Nothing else within reach of the window, wherever the sheet slides.
    const intruders = words.filter(
      (w) => !(addressWords.has(w.text) && belowReturn(w)) && intersects(w, win, number10DoubleWindow.sideShift),
    );
    expect(intruders.map((w) => w.text)).toEqual([]);

    const ret = words.filter((w) => returnWords.has(w.text) && !belowReturn(w));
    expect(ret.length).toBeGreaterThanOrEqual(returnWords.size);
    for (const w of ret) {
      expect(w.left).toBeGreaterThanOrEqual(g.returnWindow.left + side);
      expect(w.right).toBeLessThanOrEqual(g.returnWindow.left + g.returnWindow.width - side);
      expect(w.top).toBeGreaterThanOrEqual(g.returnWindow.top);
      expect(w.bottom).toBeLessThanOrEqual(g.returnWindow.top + g.returnWindow.height);
    }
    const inReturn = words.filter(
      (w) => !(returnWords.has(w.text) && !belowReturn(w)) && intersects(w, g.returnWindow, number10DoubleWindow.sideShift),
    );
    expect(inReturn.map((w) => w.text)).toEqual([]);
  }

  it.each(['ltr', 'rtl'] as const)(
    '%s: the address shows in its window with 1/8 in to spare after a 1/4 in shift, and nothing else does',
    async (dir) => {
      const { pdf } = await render('en', (h) =>
        dir === 'rtl' ? replaced(h, 'class="letter lang-en" lang="en" dir="ltr"', 'class="letter lang-en" lang="ar" dir="rtl"') : h,
      );
      expectWindows(await pdfWordsOnPage(pdf), sampleRecipientLines);
    },
  );

  // Every letter of a print file starts on a new sheet with its own blocks in the windows: a block placed
  // from the document's top instead would land on letter one's page, and the others would show nothing.
  it("places each letter's blocks in the windows of its own first page in a file of several, right to left too", async () => {
    const otherLines = ['ALEX SAMPLE PERSON', '77 OTHER RD', 'RICHMOND VA 23219'];
    const letters: LetterInput[] = [
      sampleLetter('en', 'initial_notice', 1),
      sampleLetter('ur', 'initial_notice', 2),
      { ...sampleLetter('ar', 'initial_notice', 3), recipient: { lines: otherLines } },
      sampleLetter('km', 'initial_notice', 4),
    ];
    const { pdf, pages } = await renderFile(letters);
    const info = await pdfInfo(pdf);
    expect(Number(info.Pages)).toBe(firstPageOf(pages, letters.length) - 1);
    expect(info.Tagged).toBe('yes');
    // Every font embedded, once for the whole file: the same letters twice over embed the same fonts.
    const fonts = await pdfFonts(pdf);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    const faces = (list: typeof fonts) => list.map((f) => `${f.name.replace(/^[A-Z]{6}\+/, '')} ${f.type}`).sort();
    expect(faces(fonts).some((n) => n.startsWith('NotoNastaliqUrdu'))).toBe(true);
    const twice = await renderFile([...letters, ...letters.map((l) => ({ ...l, pieceId: `${l.pieceId}-2` }))]);
    expect(faces(await pdfFonts(twice.pdf))).toEqual(faces(fonts));
    for (const [i, letter] of letters.entries()) {
      const first = firstPageOf(pages, i);
      const words = await pdfWordsOnPage(pdf, first);
      expectWindows(words, letter.recipient.lines);
      expect(words.map((w) => w.text)).toContain(letter.pieceId);
    }
    // Each page's footer has its letter's piece id; the padding pages are blank.
    const footers = (await pdfPageFooters(pdf)).map((f) => letters.find((l) => f.split('\n').includes(l.pieceId))?.pieceId ?? f);
    const expected = letters.flatMap((l, i) => [...Array<string>(pages[i]!).fill(l.pieceId), ...(pages[i]! % 2 ? [''] : [])]);
    expect(footers).toEqual(expected);
  });
});

describe('page counts read back from where each letter starts', () => {
  it('counts each letter in order and refuses a PDF that does not have the letters in order', () => {
    expect(countLetterPages([0, 2, 3], 6)).toEqual([2, 1, 3]);
    expect(() => countLetterPages([0, undefined, 3], 6)).toThrow(LetterLayoutError); // a letter missing
    expect(() => countLetterPages([1, 2], 6)).toThrow(LetterLayoutError); // a page before the first letter
    expect(() => countLetterPages([0, 3, 2], 6)).toThrow(LetterLayoutError); // out of order
    expect(() => countLetterPages([0, 2, 2], 6)).toThrow(LetterLayoutError); // a letter without a page
    expect(() => countLetterPages([0, 6], 6)).toThrow(LetterLayoutError); // the last letter past the end
  });
});

describe('without Chromium', () => {
  it('fails the letter with the one-sentence reason', async () => {
    const letter = await buildLetterDocument([sampleLetter('en')], sampleFrame);
    const attempt = renderLetterDocument(letter, { chromiumPath: '/nonexistent/chromium' });
    await expect(attempt).rejects.toBeInstanceOf(LetterRendererUnavailableError);
    await expect(attempt).rejects.toThrow(/^Letters cannot be printed: Chromium is not installed/);
  });
});

describe('deterministic rendering', () => {
  it('prints the same text at the same places twice', async () => {
    const a = await pdfWordsOnPage((await render('es')).pdf);
    const b = await pdfWordsOnPage((await render('es')).pdf);
    expect(a.length).toBeGreaterThan(50);
    expect(b).toEqual(a);
  });

  it('prints the same file the same way twice, and a letter in a file as it prints alone', async () => {
    const letters = [sampleLetter('fa', 'initial_notice', 1), sampleLetter('es', 'initial_notice', 2)];
    const [a, b] = [await renderFile(letters), await renderFile(letters)];
    expect(b.pages).toEqual(a.pages);
    expect(await pdfText(b.pdf)).toBe(await pdfText(a.pdf));
    const second = firstPageOf(a.pages, 1);
    const inFile = await pdfWordsOnPage(a.pdf, second);
    expect(inFile.length).toBeGreaterThan(50);
    expect(await pdfWordsOnPage(b.pdf, second)).toEqual(inFile);
    // The same letter printed on its own: the same words at the same places.
    expect(await pdfWordsOnPage((await renderFile([letters[1]!])).pdf)).toEqual(inFile);
  });
});
