// ABA routing transit numbers, as a claimant types one for direct deposit (issue 17, ../shared/nacha.md):
// nine digits whose weighted sum (3, 7, 1 repeated) is a multiple of 10, and whose first two digits name a
// Federal Reserve district range: 00-12 (banks), 21-32 (thrifts), 61-72 (electronic), 80 (traveller's
// checks). Anything else cannot receive an ACH credit, so the form refuses it before it reaches a reviewer.

export type RoutingProblem = 'routing_format' | 'routing_checksum' | 'routing_prefix';
export type RoutingCheck = { ok: true; value: string } | { ok: false; reason: RoutingProblem };

const WEIGHTS = [3, 7, 1, 3, 7, 1, 3, 7, 1] as const;

/** True when the two-digit prefix is in one of the ranges the Federal Reserve assigns. */
export function routingPrefixAssigned(prefix: number): boolean {
  return (prefix >= 0 && prefix <= 12) || (prefix >= 21 && prefix <= 32) || (prefix >= 61 && prefix <= 72) || prefix === 80;
}

/** The weighted checksum over nine digits (a multiple of 10 for a valid number). */
export function routingChecksum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (digits.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return sum;
}

/**
 * Checks a routing number as typed: spaces and hyphens between digit groups are allowed and removed,
 * full-width digits are not (a bank prints ASCII digits). Returns the nine digits or why it was refused.
 */
export function checkRoutingNumber(input: string): RoutingCheck {
  const value = input.trim().replace(/[\s-]/g, '');
  if (!/^[0-9]{9}$/.test(value)) return { ok: false, reason: 'routing_format' };
  if (routingChecksum(value) % 10 !== 0) return { ok: false, reason: 'routing_checksum' };
  if (!routingPrefixAssigned(Number(value.slice(0, 2)))) return { ok: false, reason: 'routing_prefix' };
  return { ok: true, value };
}
