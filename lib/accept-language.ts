// Browsers set to Tagalog/Filipino send "fil" or "fil-PH" (Chrome, Android), sometimes "tl". The portal's
// tag is "tl", as on the IRS list, but CLDR makes "tl" an alias of "fil", and the locale matcher next-intl
// uses answers "fil" for both, which is not a portal locale: the reader would land in English. So the
// proxy asks this first, and sends a first visit whose most preferred language is Tagalog to /tl itself.

const tagalog = new Set(['fil', 'tl']);

/** True when the highest-weighted language of an Accept-Language header is Tagalog/Filipino. */
export function prefersTagalog(header: string): boolean {
  const entries = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { primary: tag.trim().toLowerCase().split('-')[0] ?? '', weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((e) => e.primary !== '' && e.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return entries.length > 0 && tagalog.has(entries[0]!.primary);
}
