import { checkValue, displayValue } from './localize';
import { fieldSource, type NoticeValues, type PlaceholderField } from './notice-types';
import { fillTemplate } from './placeholders';
import { noticeRegistry } from './registry';
import { compiledNotice, type RenderedNotice } from './rendered-notice';

export { NoticeValueError } from './localize';

export interface MergedNotice {
  subject: string;
  html: string;
  text: string;
}

const htmlEscapes: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const mustEscape = /[&<>"']/;
const escapable = /[&<>"']/g;

/** For text and attribute values alike; most values have nothing to escape and come back as they are. */
export function escapeHtml(value: string): string {
  return mustEscape.test(value) ? value.replace(escapable, (c) => htmlEscapes[c]!) : value;
}

// A line break in a header would start a new header (header injection); other controls have no place in
// a subject line either.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const subjectBreaks = /[\u0000-\u001f\u007f\u2028\u2029]+/g;

/**
 * Fills a rendered notice with one recipient's values: HTML-escaped in the HTML part, as they are in the
 * plain-text part, and on one line in the subject. Throws NoticeValueError (naming the field, never the
 * value) when a value the notice needs is missing or malformed.
 */
export function mergeNotice(rendered: RenderedNotice, values: NoticeValues): MergedNotice {
  const compiled = compiledNotice(rendered);
  const language = rendered.contentLanguage;

  const raw = {} as Record<PlaceholderField, string>;
  for (const field of compiled.fields) raw[field] = displayValue(field, values, language);
  // Required values the template does not show (none today) are still checked, so the registry's list is
  // the contract whatever the template uses.
  for (const key of noticeRegistry[rendered.type].requiredValues) {
    if (!compiled.fields.some((f) => fieldSource[f] === key)) checkValue(key, values, language);
  }

  const escaped = {} as Record<PlaceholderField, string>;
  for (const field of compiled.html.fields) escaped[field] = escapeHtml(raw[field]);
  const oneLine = {} as Record<PlaceholderField, string>;
  for (const field of compiled.subject.fields) oneLine[field] = raw[field].replace(subjectBreaks, ' ');

  return {
    subject: fillTemplate(compiled.subject, oneLine).replace(subjectBreaks, ' ').trim(),
    html: fillTemplate(compiled.html, escaped),
    text: fillTemplate(compiled.text, raw),
  };
}
