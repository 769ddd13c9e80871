import { render } from '@react-email/render';
import { createElement } from 'react';
import type { NoticeTemplateProps } from '@/emails/components/template-props';
import { noticeWords, resolveEmailLanguage } from '@/emails/i18n';
import { mergeNotice, escapeHtml } from '@/emails/merge';
import { placeholderFields, type DisplayValues, type NoticeType, type NoticeValues } from '@/emails/notice-types';
import { placeholderToken } from '@/emails/placeholders';
import { noticeRegistry } from '@/emails/registry';
import type { RenderedNotice } from '@/emails/rendered-notice';
import { routing } from '@/i18n/routing';
import { isLanguageCode, languageCodes, type LanguageCode } from '@/lib/languages';
import { codeFontStack, fontStack, lineHeightFor } from './fonts';
import { letterGeometry, type Box, type LetterGeometry } from './geometry';
import { imbSvg } from './imb';

// A letter says exactly what the email says: its body is the email template itself, rendered once per
// (type, language, portal address, demo) with placeholder tokens and merged per recipient by the same
// mergeNotice (so the same escaping and the same checks of each value), then set on a printed page with
// the envelope windows' blocks above it. Only the frame is the letter's own.

export interface LetterAddress {
  /** The lines as printed, top to bottom: name, one or two street lines, "CITY ST 12345-6789". */
  lines: readonly string[];
}

export interface LetterInput {
  type: NoticeType;
  language: LanguageCode | string;
  values: NoticeValues;
  recipient: LetterAddress;
  /** Human-readable, printed on every page: what the mail house and a returned-mail list refer to. */
  pieceId: string;
  /** The Intelligent Mail barcode's tracking code (20 digits) and routing code (ZIP digits or ""). */
  imb: { tracking: string; routing: string };
}

export interface LetterFrame {
  portalUrl: string;
  demo: boolean;
  /** The portal's postal address, shown through the return window. */
  returnAddress: readonly string[];
  geometry?: LetterGeometry;
}

/** A print file's letters as one HTML document for Chromium to print: one page.pdf() for them all. */
export interface LetterDocument {
  html: string;
  /** Each letter's piece id, in document order: printed in the footer of each of its pages. */
  pieceIds: string[];
}

/** The language whose portal pages the printed address opens: the reader's own where the portal has it. */
export function portalLocaleFor(language: LanguageCode): string {
  return (routing.locales as readonly string[]).includes(language) ? language : routing.defaultLocale;
}

/** What a letter tells people to type: host and language path, e.g. check.example.org/es. */
export function letterPortalAddress(portalUrl: string, language: LanguageCode): string {
  return `${new URL(portalUrl).host}/${portalLocaleFor(language)}`;
}

const tokens = Object.fromEntries(placeholderFields.map((f) => [f, placeholderToken(f)])) as DisplayValues;
const bodyCache = new Map<string, Promise<RenderedNotice>>();

function renderBodyTemplate(type: NoticeType, language: LanguageCode, portalUrl: string, demo: boolean): Promise<RenderedNotice> {
  const key = JSON.stringify([type, language, portalUrl, demo]);
  let cached = bodyCache.get(key);
  if (cached === undefined) {
    cached = (async () => {
      const props: NoticeTemplateProps = { language, portalAddress: letterPortalAddress(portalUrl, language), demo, ...tokens };
      const html = await render(createElement(noticeRegistry[type].component, props));
      const lang = resolveEmailLanguage(language);
      // Only the HTML part is merged; the subject and plain text belong to email.
      return { type, language, contentLanguage: lang.content, subject: '', html, text: '' };
    })();
    bodyCache.set(key, cached);
    cached.catch(() => bodyCache.delete(key));
  }
  return cached;
}

const bodyPattern = /<body[^>]*>([\s\S]*)<\/body>/;
// react-email's <Preview> is the inbox's preview line, hidden; on paper it has no place at all.
const previewPattern = /<div style="display:none[^"]*"[^>]*>[\s\S]*?<\/div>/;

function inches(n: number): string {
  return `${Math.round(n * 10000) / 10000}in`;
}

function boxCss(b: Box): string {
  return `left:${inches(b.left)};top:${inches(b.top)};width:${inches(b.width)};height:${inches(b.height)}`;
}

function lines(ls: readonly string[]): string {
  return ls.map((l) => `<div>${escapeHtml(l)}</div>`).join('');
}

// Every page has the same margins: Chromium has no page selector for "the first page of each letter"
// (only of the document). So a letter's window blocks are placed from its own first page's content box,
// which starts pageMargin.top below the sheet's top edge; with no left or right @page margin (the body
// keeps its own side margins) they are in sheet coordinates sideways. The bottom margin holds the footer.
const pageMargin = { top: 0.6, bottom: 0.75 };
const sideMargin = 0.75;

/**
 * The id of letter `index`'s section. A link to it (hidden, so nothing prints) makes Chromium write a
 * named destination on the page where the letter starts: that is how each letter's pages are counted.
 */
export function letterAnchor(index: number): string {
  return `letter-${index}`;
}

/** A block's box from its letter's first page content box: the sheet box moved up by the top margin. */
function onFirstPage(b: Box): Box {
  // A block reaching into the top margin would be cut off; the geometry and the margin disagree.
  if (b.top < pageMargin.top)
    throw new Error(`A window block starts ${b.top} in from the top, inside the ${pageMargin.top} in page margin.`);
  return { ...b, top: b.top - pageMargin.top };
}

/** A CSS string literal (a piece id in a page footer). */
function cssString(s: string): string {
  return `"${s.replace(/[\\"]/g, '\\$&').replace(/[\r\n]/g, ' ')}"`;
}

function languageCss(language: LanguageCode): string {
  const font = fontStack(language);
  const lh = lineHeightFor(language);
  return `
.lang-${language} { font-family: ${font}; line-height: ${lh}; }
.lang-${language} .letter-body * { font-family: ${font} !important; }
.lang-${language} .letter-body p, .lang-${language} .letter-body li { line-height: ${lh} !important; }`;
}

function css(languages: readonly LanguageCode[], g: LetterGeometry): string {
  // A line in another language (the reader's own, above an English letter) is set in that script's face:
  // one more class than the letter's own rules, so it wins over them.
  const other = languageCodes
    .map(
      (l) => `.letter .letter-body [lang="${l}"] { font-family: ${fontStack(l)} !important; line-height: ${lineHeightFor(l)} !important; }`,
    )
    .join('\n');
  return `
@page { size: 8.5in 11in; margin: ${inches(pageMargin.top)} 0 ${inches(pageMargin.bottom)} 0; }
@page { @bottom-left { font-family: 'Noto Sans'; font-size: 8pt; padding-left: ${inches(sideMargin)}; vertical-align: middle; } }
html, body { margin: 0; padding: 0; background: #fff; color: #000; }
.letter { position: relative; font-size: 11pt; }
.letter + .letter { break-before: page; }
.sheet-block { position: absolute; overflow: hidden; font-family: 'Noto Sans', ${fontStack('en')}; }
.return { font-size: 9pt; line-height: 1.2; }
.recipient { font-size: 10pt; line-height: 1.1; text-transform: uppercase; }
.imb { height: 0.125in; width: 3in; margin-bottom: 0.02in; }
.imb svg { display: block; }
.piece { font-size: 9pt; line-height: 1.3; }
.letter-body { padding: ${inches(g.bodyTop - pageMargin.top)} ${inches(sideMargin)} 0; }
.letter-body * { max-width: none !important; }
.letter-body table, .letter-body td { width: 100% !important; padding: 0 !important; }
.letter-body h1 { font-size: 16pt !important; line-height: 1.3 !important; margin: 0 0 8pt !important; }
.letter-body h2 { font-size: 12.5pt !important; line-height: 1.3 !important; margin: 12pt 0 4pt !important; break-after: avoid; }
.letter-body p, .letter-body li { font-size: 11pt !important; margin: 0 0 5pt !important; }
.letter-body ul { margin: 0 0 6pt !important; }
.letter .letter-body [style*="monospace"] { font-family: ${codeFontStack()} !important; font-size: 15pt !important; }
.letter-body [dir="ltr"] { unicode-bidi: isolate; }
${languages.map(languageCss).join('\n')}
${other}
`;
}

interface LetterSection {
  html: string;
  language: LanguageCode;
  title: string;
}

async function buildLetterSection(input: LetterInput, frame: LetterFrame, g: LetterGeometry, index: number): Promise<LetterSection> {
  if (!Object.hasOwn(noticeRegistry, input.type)) throw new Error(`Unknown notice type "${input.type}"`);
  if (!isLanguageCode(input.language)) throw new Error(`Unknown notice language "${input.language}"`);
  const rendered = await renderBodyTemplate(input.type, input.language, frame.portalUrl, frame.demo);
  const merged = mergeNotice(rendered, input.values);
  const body = (bodyPattern.exec(merged.html)?.[1] ?? merged.html).replace(previewPattern, '');
  const lang = resolveEmailLanguage(input.language);
  const piece = onFirstPage({ ...g.returnBlock, left: 5, width: 3, height: 0.6 });
  // The window blocks are Latin-script US addresses read by USPS machines: left to right whatever the
  // letter's direction, and always at the sheet's left where the windows are. Each letter is its own
  // named page, whose footer carries its piece id on every page.
  const anchor = letterAnchor(index);
  const html = `<section id="${anchor}" class="letter lang-${lang.content}" lang="${lang.content}" dir="${lang.dir}" style="page:${anchor}">
<a href="#${anchor}" style="display:none"></a>
<div class="sheet-block return" dir="ltr" lang="en" data-block="return" style="${boxCss(onFirstPage(g.returnBlock))}">${lines(frame.returnAddress)}</div>
<div class="sheet-block recipient" dir="ltr" lang="en" data-block="recipient" style="${boxCss(onFirstPage(g.recipientBlock))}">
<div class="imb">${imbSvg(input.imb.tracking, input.imb.routing)}</div>
<div data-block="address">${lines(input.recipient.lines)}</div>
</div>
<div class="sheet-block piece" dir="ltr" lang="en" data-block="piece" style="${boxCss(piece)}">${escapeHtml(input.pieceId)}</div>
<main class="letter-body">${body}</main>
</section>`;
  return { html, language: lang.content, title: noticeWords(lang.strings, input.type).title };
}

/**
 * A print file's letters, in order, as one HTML document: each letter starts on a new page with its
 * window blocks on that page. Throws NoticeValueError (naming the field) when a value a notice needs is
 * missing, as the email does.
 */
export async function buildLetterDocument(inputs: readonly LetterInput[], frame: LetterFrame): Promise<LetterDocument> {
  if (inputs.length === 0) throw new Error('A letter document needs at least one letter.');
  const g = frame.geometry ?? letterGeometry();
  const sections = await Promise.all(inputs.map((input, i) => buildLetterSection(input, frame, g, i)));
  const languages = [...new Set(sections.map((s) => s.language))];
  const footers = inputs
    .map((input, i) => `@page ${letterAnchor(i)} { @bottom-left { content: ${cssString(input.pieceId)}; } }`)
    .join('\n');
  // One letter is its own document (previews, tests) and takes its language and title; a print file is
  // the mail house's, in English. Either way each letter carries its own language and direction, and the
  // root stays left to right, so a letter is laid out the same alone or in a file.
  const root = sections.length === 1 ? sections[0]! : { language: 'en', title: `${sections.length} letters` };
  const html = `<!doctype html>
<html lang="${root.language}" dir="ltr">
<head><meta charset="utf-8"><title>${escapeHtml(root.title)}</title><style>${css(languages, g)}
${footers}</style></head>
<body>
${sections.map((s) => s.html).join('\n')}
</body>
</html>`;
  return { html, pieceIds: inputs.map((i) => i.pieceId) };
}
