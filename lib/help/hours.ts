// Opening hours written once, in a form every locale can print in its own words: the portal's own help
// line (PORTAL_HELP_HOURS) and each directory entry use it. Free text ("Mon–Fri 9–5") would reach a
// Spanish page in English, and a time without its zone means nothing to a reader in another state.
//
//   "Mon-Fri 08:00-20:00 America/New_York"
//   "Mon-Thu 09:00-17:00, Sat 10:00-13:00 America/Los_Angeles"
//
// Days: Mon Tue Wed Thu Fri Sat Sun, one or a range; times 24-hour HH:MM; the zone an IANA name, last.
// Framework-free (Intl only), so the same code prints hours on the server and in tests.
import { haitianWeekdays, haitianZoneName } from '../haitian';

const dayNames = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export type HoursSpan = { firstDay: number; lastDay: number; opens: string; closes: string };
export type Hours = { spans: HoursSpan[]; timeZone: string };

const spanPattern = /^([A-Za-z]{3})(?:\s*-\s*([A-Za-z]{3}))?\s+([0-9]{2}):([0-9]{2})\s*-\s*([0-9]{2}):([0-9]{2})$/;

function dayIndex(name: string): number {
  return dayNames.indexOf(name.toLowerCase() as (typeof dayNames)[number]);
}

function validTime(h: string, m: string): boolean {
  return Number(h) <= 23 && Number(m) <= 59;
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}

/** The hours, or null when the text does not follow the form above. */
export function parseHours(text: string): Hours | null {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const lastSpace = trimmed.lastIndexOf(' ');
  if (lastSpace < 0) return null;
  const timeZone = trimmed.slice(lastSpace + 1);
  if (!isTimeZone(timeZone)) return null;
  const spans: HoursSpan[] = [];
  for (const part of trimmed.slice(0, lastSpace).split(',')) {
    const m = spanPattern.exec(part.trim());
    if (!m) return null;
    const firstDay = dayIndex(m[1]!);
    const lastDay = m[2] ? dayIndex(m[2]) : firstDay;
    if (firstDay < 0 || lastDay < firstDay) return null;
    if (!validTime(m[3]!, m[4]!) || !validTime(m[5]!, m[6]!)) return null;
    const opens = `${m[3]}:${m[4]}`;
    const closes = `${m[5]}:${m[6]}`;
    if (closes <= opens) return null;
    spans.push({ firstDay, lastDay, opens, closes });
  }
  return spans.length > 0 ? { spans, timeZone } : null;
}

// 1 January 2024 was a Monday: day i of the week is that date plus i, printed in UTC.
const dayDate = (i: number) => new Date(Date.UTC(2024, 0, 1 + i));
const timeDate = (hhmm: string) => new Date(`2024-01-01T${hhmm}:00Z`);

/**
 * "Monday – Friday, 8:00 AM – 8:00 PM (Eastern Time)" in `locale`, the zone named as people say it.
 * Intl's formatRange writes the dash and spacing each language uses.
 */
export function formatHours(hours: Hours, locale: string): string {
  if (locale === 'ht') return formatHaitianHours(hours);
  const days = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  const times = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  const spans = hours.spans.map((s) => {
    const dayText =
      s.firstDay === s.lastDay
        ? days.format(dayDate(s.firstDay))
        : `${days.format(dayDate(s.firstDay))} – ${days.format(dayDate(s.lastDay))}`;
    return `${dayText}, ${times.formatRange(timeDate(s.opens), timeDate(s.closes))}`;
  });
  return `${spans.join('; ')} (${zoneName(hours.timeZone, locale)})`;
}

// Intl has no Haitian Creole (lib/haitian.ts): days and zones from there, times on the 24-hour clock.
function formatHaitianHours(hours: Hours): string {
  const spans = hours.spans.map((s) => {
    const dayText =
      s.firstDay === s.lastDay ? haitianWeekdays[s.firstDay] : `${haitianWeekdays[s.firstDay]} – ${haitianWeekdays[s.lastDay]}`;
    return `${dayText}, ${s.opens} – ${s.closes}`;
  });
  return `${spans.join('; ')} (${haitianZoneName(hours.timeZone)})`;
}

/** "Eastern Time", "hora del este": the zone's generic long name in `locale`. */
export function zoneName(timeZone: string, locale: string): string {
  if (locale === 'ht') return haitianZoneName(timeZone);
  const part = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' })
    .formatToParts(new Date(Date.UTC(2024, 0, 1)))
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}
