// A claim's dates (issue 17, items 5 and 9): the cure-by date of a request for more information and the
// appeal-by date of a denial. Both are calendar days (YYYY-MM-DD) in America/New_York, the time zone of the
// programme's office: a request made at 23:30 on March 1 in New York counts from March 1, even though it is
// already March 2 in UTC. The person's own page shows the same day in their language; a date runs out at the
// end of that day in New York (a day is "past" only once New York's calendar has moved beyond it).
//
// The rules are the settlement administrators' (shared/facts.md, "Claims programme anchors"): cure by the
// later of 30 days after the request (33 when the request goes by first-class mail, for the time a letter
// takes) and the claims deadline; appeal within 30 days of the denial.

export const programmeTimeZone = 'America/New_York';
export const cureDays = 30;
export const mailedExtraDays = 3;
export const appealDays = 30;

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: programmeTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day an instant falls on in New York, as YYYY-MM-DD. */
export function newYorkDay(at: Date): string {
  // en-CA formats as 2026-03-01.
  return dayFormat.format(at);
}

/** A calendar day plus a number of days (calendar arithmetic: no time zone, no clock change can shift it). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The later of two YYYY-MM-DD days (they compare as strings). */
export const laterDay = (a: string, b: string): string => (a >= b ? a : b);

/**
 * The last day a person may answer a request made at `requestedAt`: the later of 30 days after the
 * request's New York day (33 when it also goes by letter) and the claims deadline.
 */
export function cureByDate(requestedAt: Date, mailed: boolean, claimsDeadline: string): string {
  return laterDay(addDays(newYorkDay(requestedAt), cureDays + (mailed ? mailedExtraDays : 0)), claimsDeadline);
}

/** The last day to appeal a denial made at `deniedAt`: 30 days after its New York day. */
export function appealByDate(deniedAt: Date): string {
  return addDays(newYorkDay(deniedAt), appealDays);
}

/** Whether a last day has run out at `now`: New York's calendar is already past it. */
export function dayHasPassed(lastDay: string, now: Date): boolean {
  return newYorkDay(now) > lastDay;
}

/**
 * The calendar day at UTC-12, the last place a day ends. A person's last day to answer (a cure-by date) means
 * the whole day wherever they read it, in American Samoa as in Maine, so it has run out only once this day
 * is past it: until 12:00 UTC the day after. The status page's answer form and the lapse of unanswered
 * requests both use it, so a request never lapses while its page still takes an answer.
 */
export function lastZoneDay(at: Date): string {
  return new Date(at.getTime() - 12 * 3_600_000).toISOString().slice(0, 10);
}

/** Whether a cure-by day still takes an answer at `now` (see lastZoneDay). */
export function cureDayOpen(cureBy: string, now: Date): boolean {
  return lastZoneDay(now) <= cureBy;
}
