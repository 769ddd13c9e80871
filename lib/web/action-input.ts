// What a server action is given is whatever the caller sent: React decodes any argument list a request
// carries, so an action meant for a form can receive a number, a string or nothing. Actions read their
// arguments through these before use, so a wrong type is an empty form (answered with the form's own
// "check the fields" message), never a TypeError and a 500.

/** The form an action was given, or an empty one when it was given anything else. */
export function formOf(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}

/** The `attempt` counter of a form state the client sent back, 0 when it is missing or not a small whole number. */
export function attemptOf(prev: unknown): number {
  const attempt = typeof prev === 'object' && prev !== null ? (prev as { attempt?: unknown }).attempt : undefined;
  return typeof attempt === 'number' && Number.isInteger(attempt) && attempt >= 0 && attempt < 1_000_000 ? attempt : 0;
}
