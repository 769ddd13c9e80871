// Browsers set to Tagalog/Filipino usually send "fil" or "fil-PH" (Chrome, Android), sometimes "tl".
// The portal's tag is "tl", as on the IRS list, and the locale matcher next-intl uses does not treat the
// two as one language (it answers "fil", which is not a portal locale, and the reader lands in English).
// So "fil" is rewritten to "tl" before negotiation; every other tag is left alone.
export function normalizeAcceptLanguage(header: string): string {
  return header.replace(/(^|[\s,])fil(?=[-;,\s]|$)/gi, '$1tl');
}
