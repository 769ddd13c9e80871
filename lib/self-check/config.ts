// The self-check's settings as the code uses them, built from lib/env.ts (or by a test).
import type { Env, RateSetting } from '../env';

export type SelfCheckConfig = {
  /** Every check from everyone together. */
  globalLimit: RateSetting;
  /** Checks from one client address (bucket: see client-address.ts). */
  addressLimit: RateSetting;
  /** After this many checks from an address in addressLimit's window, each further one needs a proof of work. */
  addressPowAfter: number;
  /** No-letter checks naming one SSN/ITIN, whoever makes them (Login.gov: 10 per hour). */
  identityLimit: RateSetting;
  /** Failed tries of one code before it locks for the window. */
  codeLock: RateSetting;
  /** At most one check_result notice (and access code) per record in this many days. */
  mailEveryDays: number;
  /** The no-letter path answers no sooner than this after it starts, whatever it found. */
  responseFloorMs: number;
  pow: { difficulty: number; ttlMs: number; waitMs: number };
  sessionTtlMs: number;
  accessCodeValidDays: number;
};

export function selfCheckConfigFrom(e: Env): SelfCheckConfig {
  return {
    globalLimit: e.SELF_CHECK_GLOBAL_LIMIT,
    addressLimit: e.SELF_CHECK_ADDRESS_LIMIT,
    addressPowAfter: e.SELF_CHECK_ADDRESS_POW_AFTER,
    identityLimit: e.SELF_CHECK_IDENTITY_LIMIT,
    codeLock: e.SELF_CHECK_CODE_LOCK,
    mailEveryDays: e.SELF_CHECK_MAIL_EVERY_DAYS,
    responseFloorMs: e.SELF_CHECK_RESPONSE_FLOOR_MS,
    // The wait of the no-JavaScript path must fit inside the challenge's life.
    pow: {
      difficulty: e.SELF_CHECK_POW_DIFFICULTY,
      ttlMs: (e.SELF_CHECK_POW_WAIT_SECONDS + 600) * 1000,
      waitMs: e.SELF_CHECK_POW_WAIT_SECONDS * 1000,
    },
    sessionTtlMs: e.SELF_CHECK_SESSION_MINUTES * 60_000,
    accessCodeValidDays: e.ACCESS_CODE_VALID_DAYS,
  };
}
