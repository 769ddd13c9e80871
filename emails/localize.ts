import { formatNoticeCode, isValidNoticeCode } from '@/lib/identifiers/notice-code';
import { parseIsoDate } from '@/lib/identifiers/dates';
import { formatLongDate } from '@/lib/intl-dates';
import { isolate } from '@/lib/bidi';
import { denialReasons, informationReasons, partialReasons } from '@/lib/claims/reasons';
import { languageDirection, languages, type LanguageCode } from '@/lib/languages';
import { disclosedElements as elementOrder, recordCategories } from '@/lib/validation/record-row';
import { fullyTranslated, type EmailStrings } from './i18n';
import { fillText } from './components/fill';
import type { ClaimStep } from './i18n/claim-strings';
import {
  claimNoticeEvents,
  claimPaymentMethods,
  type ClaimNoticeEvent,
  type ClaimPaymentMethod,
  type NoticeValues,
  type PlaceholderField,
  type RecordCategory,
} from './notice-types';

// Turns one recipient's stored values (keys, ISO dates, raw codes) into the display strings a notice shows,
// in the notice's own language. Element names, categories and claim statuses are localized here from the
// language's dictionary rather than by rendering a template variant per combination: 4 elements alone give
// 15 combinations, and a dictionary plus Intl.ListFormat covers them all with one render per language.

export class NoticeValueError extends Error {
  // The message names the field, never the value: it ends up in logs and job errors.
  constructor(
    readonly field: keyof NoticeValues,
    readonly problem: 'missing' | 'invalid',
  ) {
    super(`Notice value "${field}" is ${problem}`);
    this.name = 'NoticeValueError';
  }
}

interface Localizer {
  language: LanguageCode;
  strings: EmailStrings;
  list: { format(items: readonly string[]): string };
  // Intl formatting costs a few µs a call and a send repeats the same few dates and element lists over
  // and over, so results are kept (bounded: a date cache full of junk is simply emptied).
  dates: Map<string, string>;
  lists: Map<number, string>;
}

const maxCachedDates = 10_000;

const localizers = new Map<LanguageCode, Localizer>();

function localizerFor(content: LanguageCode): Localizer {
  let l = localizers.get(content);
  if (l === undefined) {
    const strings = fullyTranslated[content];
    if (strings === undefined) throw new Error(`No notice translation for "${content}"`);
    l = {
      language: content,
      strings,
      list: listFormatFor(content),
      dates: new Map(),
      lists: new Map(),
    };
    localizers.set(content, l);
  }
  return l;
}

// Node's ICU has no Haitian Creole, and Intl.ListFormat would join the items with the English "and".
const haitianList = {
  format: (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ak ${items.at(-1)}`),
};

function listFormatFor(content: LanguageCode) {
  if (content === 'ht') return haitianList;
  return new Intl.ListFormat(languages[content].intlLocale, { type: 'conjunction', style: 'long' });
}

const elementRank: ReadonlyMap<string, number> = new Map(elementOrder.map((e, i) => [e, i]));
const categorySet: ReadonlySet<string> = new Set(recordCategories);
const claimEventSet: ReadonlySet<string> = new Set(claimNoticeEvents);
const paymentMethodSet: ReadonlySet<string> = new Set(claimPaymentMethods);
// Wide enough for any real record; the point is to refuse what is not a date at all.
const dateBounds = { earliest: '1900-01-01', today: '9999-12-31' };

function requireText(values: NoticeValues, field: keyof NoticeValues): string {
  const value = values[field];
  if (typeof value !== 'string' || value.trim() === '') throw new NoticeValueError(field, 'missing');
  return value.trim();
}

function formatDate(l: Localizer, values: NoticeValues, field: 'disclosedOn' | 'disposalDate'): string {
  const iso = requireText(values, field);
  let formatted = l.dates.get(iso);
  if (formatted === undefined) {
    const parsed = parseIsoDate(iso, dateBounds);
    if (!parsed.ok) throw new NoticeValueError(field, 'invalid');
    formatted = formatLongDate(l.language, parsed.value);
    if (l.dates.size >= maxCachedDates) l.dates.clear();
    l.dates.set(iso, formatted);
  }
  return formatted;
}

function formatElements(l: Localizer, values: NoticeValues): string {
  const keys = values.disclosedElements;
  if (!Array.isArray(keys) || keys.length === 0) throw new NoticeValueError('disclosedElements', 'missing');
  // A bit per element in canonical order: duplicates and order do not matter, and 16 keys cover every list.
  let mask = 0;
  for (const key of keys) {
    const rank = elementRank.get(key);
    if (rank === undefined) throw new NoticeValueError('disclosedElements', 'invalid');
    mask |= 1 << rank;
  }
  let formatted = l.lists.get(mask);
  if (formatted === undefined) {
    formatted = l.list.format(elementOrder.filter((_, rank) => mask & (1 << rank)).map((e) => l.strings.elements[e]));
    l.lists.set(mask, formatted);
  }
  return formatted;
}

function formatNotice(values: NoticeValues): string {
  const compact = requireText(values, 'noticeCode').replace(/[-\s]/g, '');
  if (!isValidNoticeCode(compact)) throw new NoticeValueError('noticeCode', 'invalid');
  return formatNoticeCode(compact);
}

// The access code's own format belongs to the check flow; here it only has to be letters and digits,
// printed in groups of four like the notice code.
function formatAccessCode(values: NoticeValues): string {
  const compact = requireText(values, 'accessCode').replace(/[-\s]/g, '').toUpperCase();
  if (!/^[0-9A-Z]{4,64}$/.test(compact)) throw new NoticeValueError('accessCode', 'invalid');
  return compact.match(/.{1,4}/g)!.join('-');
}

function claimEventOf(values: NoticeValues): ClaimNoticeEvent {
  const event = requireText(values, 'claimEvent');
  if (!claimEventSet.has(event)) throw new NoticeValueError('claimEvent', 'invalid');
  return event as ClaimNoticeEvent;
}

// Which list of lib/claims/reasons.ts a step's {reasons} come from: a request for information may carry
// several codes, a denial or a partial approval one.
const reasonTables = {
  information_needed: { codes: informationReasons, key: 'informationReasons', several: true },
  denied: { codes: denialReasons, key: 'denialReasons', several: false },
  partly_approved: { codes: partialReasons, key: 'partialReasons', several: false },
} as const;

// Chinese and Japanese sentences follow each other without a space.
const noSpaceBetweenSentences: ReadonlySet<LanguageCode> = new Set(['ja', 'zh-Hant', 'zh-Hans']);

function formatReasons(l: Localizer, values: NoticeValues, event: ClaimNoticeEvent): string {
  const table = (reasonTables as Partial<Record<ClaimNoticeEvent, (typeof reasonTables)[keyof typeof reasonTables]>>)[event];
  if (table === undefined) throw new NoticeValueError('claimReasons', 'invalid');
  const codes = requireText(values, 'claimReasons')
    .split(',')
    .map((c) => c.trim());
  if (codes.some((c) => !Object.hasOwn(table.codes, c)) || (!table.several && codes.length !== 1) || new Set(codes).size !== codes.length)
    throw new NoticeValueError('claimReasons', 'invalid');
  const sentences = l.strings.claimNotice[table.key] as Readonly<Record<string, string>>;
  return codes.map((c) => sentences[c]!).join(noSpaceBetweenSentences.has(l.language) ? '' : ' ');
}

function formatAmount(l: Localizer, values: NoticeValues): string {
  const digits = requireText(values, 'claimAmountCents');
  if (!/^\d{1,12}$/.test(digits)) throw new NoticeValueError('claimAmountCents', 'invalid');
  const amount = new Intl.NumberFormat(languages[l.language].intlLocale, { style: 'currency', currency: 'USD' }).format(
    Number(digits) / 100,
  );
  // A figure with its currency sign is a left-to-right run inside right-to-left sentences.
  return isolate(amount, languageDirection(l.language));
}

function formatClaimDate(l: Localizer, values: NoticeValues): string {
  const iso = requireText(values, 'claimDate');
  const parsed = parseIsoDate(iso, dateBounds);
  if (!parsed.ok) throw new NoticeValueError('claimDate', 'invalid');
  return formatLongDate(l.language, parsed.value);
}

function paymentMethodOf(values: NoticeValues): ClaimPaymentMethod {
  const method = requireText(values, 'claimPaymentMethod');
  if (!paymentMethodSet.has(method)) throw new NoticeValueError('claimPaymentMethod', 'invalid');
  return method as ClaimPaymentMethod;
}

/**
 * One sentence of a claim step with its values filled: only the values the sentence names are read, so a
 * step needs exactly what its words use (an approval its amount, a denial its reason and appeal date), and
 * a missing one throws rather than leaving a gap.
 */
function claimSentence(l: Localizer, values: NoticeValues, part: keyof ClaimStep): string {
  const event = claimEventOf(values);
  const template = l.strings.claimNotice.steps[event][part];
  const slots: Record<string, string> = {};
  for (const [, name] of template.matchAll(/\{(\w+)\}/g)) {
    if (name === 'amount') slots.amount = formatAmount(l, values);
    else if (name === 'date') slots.date = formatClaimDate(l, values);
    else if (name === 'reasons') slots.reasons = formatReasons(l, values, event);
    else if (name === 'method') {
      const method = paymentMethodOf(values);
      slots.method = (event === 'payment_returned' ? l.strings.claimNotice.returnedFrom : l.strings.claimNotice.paidBy)[method];
    }
  }
  return fillText(template, slots);
}

/** The display string for one placeholder, unescaped. Throws NoticeValueError for a missing or bad value. */
export function displayValue(field: PlaceholderField, values: NoticeValues, content: LanguageCode): string {
  const l = localizerFor(content);
  switch (field) {
    case 'firstName':
      return requireText(values, 'firstName');
    case 'noticeCode':
      return formatNotice(values);
    case 'disclosedElements':
      return formatElements(l, values);
    case 'disclosedOn':
    case 'disposalDate':
      return formatDate(l, values, field);
    case 'category': {
      const category = requireText(values, 'category');
      if (!categorySet.has(category)) throw new NoticeValueError('category', 'invalid');
      return l.strings.categories[category as RecordCategory];
    }
    case 'disposalReference':
    case 'claimReference':
      return requireText(values, field);
    case 'claimStatus':
      return claimSentence(l, values, 'label');
    case 'claimStatusDetail':
      return claimSentence(l, values, 'detail');
    case 'claimNextStep':
      return claimSentence(l, values, 'next');
    case 'accessCode':
      return formatAccessCode(values);
    case 'signInLink': {
      const link = requireText(values, 'signInLink');
      if (!/^https?:\/\/[^\s"'<>]+$/.test(link)) throw new NoticeValueError('signInLink', 'invalid');
      return link;
    }
    case 'orgName':
    case 'decisionReason':
      return requireText(values, field);
  }
}

/** Checks one required value the same way displaying it would. */
export function checkValue(field: keyof NoticeValues, values: NoticeValues, content: LanguageCode): void {
  if (field === 'claimEvent') claimEventOf(values);
  else if (field === 'claimAmountCents' || field === 'claimDate' || field === 'claimReasons' || field === 'claimPaymentMethod')
    requireText(values, field);
  else displayValue(field, values, content);
}
