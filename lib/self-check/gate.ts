// What every check passes before it looks anything up: the global ceiling, the address's hard limit, and
// past the address's soft limit, a proof of work. Also the small helpers both paths share.
import { randomInt } from 'node:crypto';
import { incrementEventCounter } from '../../db/queries/self-check';
import type { Sealer } from '../crypto';
import { todayUtc } from '../identifiers/dates';
import type { SelfCheckContext, SelfCheckDeps } from './deps';
import { issueChallenge, readChallenge, verifyChallenge, type ChallengeForClient } from './pow';

export type GateRefusal =
  | { code: 'rate_limited'; retryAfterMs: number }
  /** Solve this (JavaScript) or send it back after `waitUntil` (no JavaScript), with the same answers. */
  | { code: 'challenge_required'; challenge: ChallengeForClient };

export async function passGate(ctx: SelfCheckContext): Promise<GateRefusal | null> {
  const { deps, client } = ctx;
  const allowance = await deps.limits.takeRequest(client.address);
  if (!allowance.ok) return { code: 'rate_limited', retryAfterMs: allowance.retryAfterMs };
  if (!allowance.powRequired) return null;
  if (client.proof?.token) {
    const verdict = await verifyChallenge(deps, client.proof, client);
    if (verdict.ok) return null;
    // Pressed Continue before the wait was over: the same challenge again, so the wait is not restarted.
    const same = verdict.reason === 'too_early' ? readChallenge(deps, client.proof.token) : null;
    if (same) return { code: 'challenge_required', challenge: same };
  }
  return { code: 'challenge_required', challenge: issueChallenge(deps, client) };
}

/** Counts an event that has no record to name, in today's (UTC) row of one of eight shards. */
export async function countEvent(deps: Pick<SelfCheckDeps, 'db' | 'now'>, event: string): Promise<void> {
  await incrementEventCounter(deps.db, event, todayUtc(deps.now()), randomInt(8));
}

// Shaped like a record's sealed data, so opening it costs what opening a record's costs.
const dummyPii = JSON.stringify({
  firstName: 'Xxxxxxxxxxxx',
  lastName: 'Xxxxxxxxxxxxxxxx',
  dateOfBirth: '1900-01-01',
  street: '0000 Xxxxxxxxxxxxxxxxxx Xxx Xxx 000',
  city: 'Xxxxxxxxxxxx',
  state: 'XX',
  zip: '00000',
  email: 'xxxxxxxxxxxxxxxxx@xxxxxxx.xxx',
  phone: '+10000000000',
  tinLast4: '0000',
});
const dummyAad = Buffer.alloc(32);
const dummies = new WeakMap<Sealer, Buffer>();

/** Opens and parses a record-sized sealed value: the work of opening a record, when there is none to open. */
export function openDummy(sealer: Sealer): { dateOfBirth: string } {
  let sealed = dummies.get(sealer);
  if (!sealed) {
    sealed = sealer.seal(dummyPii, dummyAad);
    dummies.set(sealer, sealed);
  }
  return JSON.parse(sealer.open(sealed, dummyAad)) as { dateOfBirth: string };
}

/** Waits until `floorMs` after `startedAt` (a performance.now() reading); says so when the work took longer. */
export async function holdUntilFloor(startedAt: number, floorMs: number, deps: Pick<SelfCheckDeps, 'log'>): Promise<void> {
  const left = floorMs - (performance.now() - startedAt);
  if (left > 0) await new Promise((resolve) => setTimeout(resolve, Math.ceil(left)));
  else if (floorMs > 0) deps.log('response_floor_exceeded', { overMs: Math.round(-left), floorMs });
}
