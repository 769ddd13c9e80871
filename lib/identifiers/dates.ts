// Calendar dates as 'YYYY-MM-DD' strings, checked with integer arithmetic only.
// `new Date('2023-02-29')` rolls over to March 1 and `new Date(y, m, d)` uses
// the server's time zone, so neither is used to decide whether a date exists.

export const dateRejectReasons = ['date_format', 'date_impossible', 'date_future', 'date_too_old'] as const;
export type DateRejectReason = (typeof dateRejectReasons)[number];

/** A calendar date 'YYYY-MM-DD' that exists; ISO strings of this shape sort chronologically. */
export type IsoDate = string;

export type DateResult = { ok: true; value: IsoDate } | { ok: false; reason: DateRejectReason };

export interface DateBounds {
  /** Dates after this are `date_future`. Defaults to today's date in UTC. */
  today?: IsoDate;
  /** Dates before this are `date_too_old`. Defaults to 1900-01-01. */
  earliest?: IsoDate;
}

export const defaultEarliestDate: IsoDate = '1900-01-01';

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const msPerDay = 86_400_000;
let cachedDay = Number.NaN;
let cachedToday = '';

/**
 * Today's date in UTC, as the default upper bound. Callers that care about a
 * time zone pass `today`. Cached per UTC day: imports call this once a row.
 */
export function todayUtc(now?: Date): IsoDate {
  if (now !== undefined) return now.toISOString().slice(0, 10);
  const ms = Date.now();
  const day = Math.floor(ms / msPerDay);
  if (day !== cachedDay) {
    cachedToday = new Date(ms).toISOString().slice(0, 10);
    cachedDay = day;
  }
  return cachedToday;
}

export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `value`, when given, is the already-canonical 'YYYY-MM-DD' spelling of the three numbers. */
function checkDate(year: number, month: number, day: number, bounds: DateBounds | undefined, value?: IsoDate): DateResult {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: 'date_impossible' };
  }
  value ??= formatIsoDate(year, month, day);
  if (value < (bounds?.earliest ?? defaultEarliestDate)) return { ok: false, reason: 'date_too_old' };
  if (value > (bounds?.today ?? todayUtc())) return { ok: false, reason: 'date_future' };
  return { ok: true, value };
}

const isoDatePattern = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

/** 'YYYY-MM-DD' exactly (surrounding whitespace allowed), e.g. from a CSV file or an <input type="date">. */
export function parseIsoDate(input: string, bounds?: DateBounds): DateResult {
  const match = isoDatePattern.exec(input.trim());
  if (match === null) return { ok: false, reason: 'date_format' };
  return checkDate(Number(match[1]), Number(match[2]), Number(match[3]), bounds, match[0]);
}

const dayOrMonthPattern = /^[0-9]{1,2}$/;
const yearPattern = /^[0-9]{4}$/;

/**
 * The three numeric fields of a form (US order: month, day, year). Month and
 * day take one or two digits ("3" or "03"); the year must have four, since a
 * two-digit year is ambiguous for dates of birth.
 */
export function parseDateParts(month: string | number, day: string | number, year: string | number, bounds?: DateBounds): DateResult {
  const m = String(month).trim();
  const d = String(day).trim();
  const y = String(year).trim();
  if (!dayOrMonthPattern.test(m) || !dayOrMonthPattern.test(d) || !yearPattern.test(y)) {
    return { ok: false, reason: 'date_format' };
  }
  return checkDate(Number(y), Number(m), Number(d), bounds);
}
