// TOTP (RFC 6238) through otpauth: SHA-1, 6 digits, 30 s — what every authenticator app reads from the
// QR code. A code is accepted one step either side of now (clock drift) and only for a time step later
// than the last one used, so an overheard code cannot be replayed.
import { Secret, TOTP } from 'otpauth';

export const totpIssuer = 'Disclosure Check';
const period = 30;
const driftSteps = 1;

function totpFor(secretBase32: string, label = 'staff'): TOTP {
  return new TOTP({ issuer: totpIssuer, label, secret: Secret.fromBase32(secretBase32), algorithm: 'SHA1', digits: 6, period });
}

export function generateTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / period);
}

/** The time step the code belongs to, if it is valid now (± drift) and later than `lastStep`; else null. */
export function verifyTotp(secretBase32: string, code: string, now: Date, lastStep: number | null): number | null {
  const token = code.replace(/\s+/g, '');
  if (!/^[0-9]{6}$/.test(token)) return null;
  const delta = totpFor(secretBase32).validate({ token, timestamp: now.getTime(), window: driftSteps });
  if (delta === null) return null;
  const step = totpStep(now) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

/** The code for a moment: for the demo, tests and anyone checking a clock. */
export function totpCode(secretBase32: string, now: Date = new Date()): string {
  return totpFor(secretBase32).generate({ timestamp: now.getTime() });
}

export function totpUri(secretBase32: string, email: string): string {
  return totpFor(secretBase32, email).toString();
}
