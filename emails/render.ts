import { render } from '@react-email/render';
import { createElement } from 'react';
import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { isolate } from '@/lib/bidi';
import { isLanguageCode, languageDirection, type LanguageCode } from '@/lib/languages';
import { noticeWords, resolveEmailLanguage } from './i18n';
import { fillText } from './components/fill';
import type { NoticeTemplateProps } from './components/template-props';
import { placeholderFields, type DisplayValues, type NoticeType } from './notice-types';
import { placeholderToken } from './placeholders';
import { noticeRegistry } from './registry';
import { rememberCompiled, type RenderedNotice } from './rendered-notice';

export type { RenderedNotice } from './rendered-notice';
// One module for both halves, render once and merge per recipient, as callers use them together.
export { mergeNotice, NoticeValueError, type MergedNotice } from './merge';

// One React render costs milliseconds; 47,000 of them would take minutes. So each (type, language,
// portal address, demo) is rendered once with placeholder tokens and cached, and mergeNotice fills in
// each recipient's values in microseconds (shared/stack-notes.md).

export interface RenderOptions {
  /** The portal's URL (PORTAL_URL); its host is printed as the address to type. */
  portalUrl: string;
  /** Adds the line saying the notice was made with SYNTHETIC data. */
  demo: boolean;
}

const tokens = Object.fromEntries(placeholderFields.map((f) => [f, placeholderToken(f)])) as DisplayValues;

// Codes and references are Latin letters, digits and hyphens: inside right-to-left text each is set in
// Unicode isolates (lib/bidi.ts), so "7K3M-9QXT-2H4P" keeps its order in the HTML and the text part alike.
const leftToRightFields = ['noticeCode', 'accessCode', 'disposalReference', 'claimReference'] as const;

function tokensFor(language: LanguageCode): DisplayValues {
  const dir = languageDirection(language);
  if (dir === 'ltr') return tokens;
  const isolated = { ...tokens };
  for (const field of leftToRightFields) isolated[field] = isolate(tokens[field], dir);
  return isolated;
}

/**
 * The address people should type: the portal's host and the reader's language path ("check.example.org/ko"),
 * so typing it opens the portal in the language of the notice. English when the portal has no pages in
 * that language yet.
 */
export function portalAddressOf(portalUrl: string, language: LanguageCode = 'en'): string {
  const path = hasLocale(routing.locales, language) ? language : routing.defaultLocale;
  return `${new URL(portalUrl).host}/${path}`;
}

// html-to-text capitalizes headings by default, which would change the translated headings and could
// mangle scripts without case; keep them as written.
const htmlToTextOptions = {
  selectors: [
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
  ],
};

async function renderUncached(type: NoticeType, language: LanguageCode, options: RenderOptions): Promise<RenderedNotice> {
  // In isolates inside right-to-left text (lib/bidi.ts): the HTML part also has dir="ltr" on the address,
  // the plain-text part only has these characters.
  const dir = languageDirection(language);
  const portalAddress = isolate(portalAddressOf(options.portalUrl, language), dir);
  const signInAddress = isolate(`${portalAddressOf(options.portalUrl, language)}/advocates/sign-in`, dir);
  const tokens = tokensFor(resolveEmailLanguage(language).content);
  const props: NoticeTemplateProps = { language, portalAddress, signInAddress, demo: options.demo, ...tokens };
  const element = createElement(noticeRegistry[type].component, props);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true, htmlToTextOptions })]);
  const lang = resolveEmailLanguage(language);
  const subject = fillText(noticeWords(lang.strings, type).subject, tokens);
  const rendered: RenderedNotice = Object.freeze({ type, language, contentLanguage: lang.content, subject, html, text });
  rememberCompiled(rendered);
  return rendered;
}

// Promises are cached, so concurrent first calls share one render; a failed render is not cached.
const cache = new Map<string, Promise<RenderedNotice>>();

/**
 * Renders a notice template once per (type, language, portalUrl, demo) with placeholder tokens, with an
 * HTML and a plain-text part. Fill it per recipient with mergeNotice.
 */
export function renderNoticeTemplate(type: NoticeType, language: LanguageCode | string, options: RenderOptions): Promise<RenderedNotice> {
  // Types and languages often come straight from database text columns (hence `string` above): an unknown
  // one is refused here, by name.
  if (!Object.hasOwn(noticeRegistry, type)) return Promise.reject(new Error(`Unknown notice type "${type}"`));
  if (!isLanguageCode(language)) return Promise.reject(new Error(`Unknown notice language "${language}"`));
  const key = JSON.stringify([type, language, options.portalUrl, options.demo]);
  let rendered = cache.get(key);
  if (rendered === undefined) {
    rendered = renderUncached(type, language, options);
    cache.set(key, rendered);
    rendered.catch(() => cache.delete(key));
  }
  return rendered;
}
