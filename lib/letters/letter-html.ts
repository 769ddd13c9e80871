import { render } from '@react-email/render';
import { createElement } from 'react';
import type { NoticeTemplateProps } from '@/emails/components/template-props';
import { resolveEmailLanguage } from '@/emails/i18n';
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

export interface LetterHtml {
  html: string;
  /** The language the letter is written in (English where the notice has no translation yet). */
  contentLanguage: LanguageCode;
  dir: 'ltr' | 'rtl';
  /** Printed in the footer of every page. */
  footerHtml: string;
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

// The sheet is laid out with the page origin at its top-left corner: no left, right or first top @page
// margin (the body keeps its own side margins), so the absolute blocks of page one are placed in sheet
// coordinates exactly. The bottom margin holds the footer Chromium prints on every page.
const pageMargin = { top: 0.6, bottom: 0.75 };
const sideMargin = 0.75;

function css(language: LanguageCode, g: LetterGeometry): string {
  const font = fontStack(language);
  const lh = lineHeightFor(language);
  // A line in another language (the reader's own, above an English letter) is set in that script's face.
  const other = languageCodes
    .filter((l) => l !== language)
    .map((l) => `.letter-body [lang="${l}"] { font-family: ${fontStack(l)} !important; line-height: ${lineHeightFor(l)} !important; }`)
    .join('\n');
  return `
@page { size: 8.5in 11in; margin: ${inches(pageMargin.top)} 0 ${inches(pageMargin.bottom)} 0; }
@page :first { margin-top: 0; }
html, body { margin: 0; padding: 0; background: #fff; color: #000; }
body { font-family: ${font}; font-size: 11pt; line-height: ${lh}; }
.sheet-block { position: absolute; overflow: hidden; font-family: 'Noto Sans', ${font}; }
.return { font-size: 9pt; line-height: 1.2; }
.recipient { font-size: 10pt; line-height: 1.1; text-transform: uppercase; }
.imb { height: 0.125in; width: 3in; margin-bottom: 0.02in; }
.imb svg { display: block; }
.piece { font-size: 9pt; line-height: 1.3; }
.letter-body { padding: ${inches(g.bodyTop)} ${inches(sideMargin)} 0; }
.letter-body * { font-family: ${font} !important; max-width: none !important; }
.letter-body table, .letter-body td { width: 100% !important; padding: 0 !important; }
.letter-body h1 { font-size: 16pt !important; line-height: 1.3 !important; margin: 0 0 8pt !important; }
.letter-body h2 { font-size: 12.5pt !important; line-height: 1.3 !important; margin: 12pt 0 4pt !important; break-after: avoid; }
.letter-body p, .letter-body li { font-size: 11pt !important; line-height: ${lh} !important; margin: 0 0 5pt !important; }
.letter-body ul { margin: 0 0 6pt !important; }
.letter-body [style*="monospace"] { font-family: ${codeFontStack()} !important; font-size: 15pt !important; }
.letter-body [dir="ltr"] { unicode-bidi: isolate; }
${other}
`;
}

/**
 * The letter as one HTML document for Chromium to print. Throws NoticeValueError (naming the field)
 * when a value the notice needs is missing, as the email does.
 */
export async function buildLetterHtml(input: LetterInput, frame: LetterFrame): Promise<LetterHtml> {
  if (!Object.hasOwn(noticeRegistry, input.type)) throw new Error(`Unknown notice type "${input.type}"`);
  if (!isLanguageCode(input.language)) throw new Error(`Unknown notice language "${input.language}"`);
  const language = input.language;
  const g = frame.geometry ?? letterGeometry();
  const rendered = await renderBodyTemplate(input.type, language, frame.portalUrl, frame.demo);
  const merged = mergeNotice(rendered, input.values);
  const body = (bodyPattern.exec(merged.html)?.[1] ?? merged.html).replace(previewPattern, '');
  const lang = resolveEmailLanguage(language);
  const pieceLabel = escapeHtml(input.pieceId);

  // The window blocks are Latin-script US addresses read by USPS machines: left to right whatever the
  // letter's direction, and always at the sheet's left where the windows are.
  const html = `<!doctype html>
<html lang="${lang.content}" dir="${lang.dir}">
<head><meta charset="utf-8"><title>${escapeHtml(lang.strings.titles[input.type])}</title><style>${css(lang.content, g)}</style></head>
<body>
<div class="sheet-block return" dir="ltr" lang="en" data-block="return" style="${boxCss(g.returnBlock)}">${lines(frame.returnAddress)}</div>
<div class="sheet-block recipient" dir="ltr" lang="en" data-block="recipient" style="${boxCss(g.recipientBlock)}">
<div class="imb">${imbSvg(input.imb.tracking, input.imb.routing)}</div>
<div data-block="address">${lines(input.recipient.lines)}</div>
</div>
<div class="sheet-block piece" dir="ltr" lang="en" data-block="piece" style="left:5in;top:${inches(g.returnBlock.top)};width:3in;height:0.6in">${pieceLabel}</div>
<main class="letter-body">${body}</main>
</body>
</html>`;
  const footerHtml = `<div dir="ltr" style="box-sizing:border-box;width:100%;font-family:'Noto Sans';font-size:8pt;padding:0 0.75in;display:flex;justify-content:space-between"><span>${pieceLabel}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`;
  return { html, contentLanguage: lang.content, dir: lang.dir, footerHtml };
}
