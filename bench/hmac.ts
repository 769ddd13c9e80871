// The import's keyed hashes two ways, side by side in one run: our HMAC-SHA-256 (lib/hmac-sha256.ts, pad
// states compressed once per key) and @noble/hashes' `hmac.create(sha256, key)` cloned per message (the
// same saving, in a maintained library). First the hasher alone on the import's four hashes a row, then the
// import benchmark itself (47,000 synthetic rows into a fresh PostgreSQL database), alternating A B A B so
// the machine's load falls on both alike. Usage: npx tsx bench/hmac.ts [--rows 47000] [--rounds 2]
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { createHasher, createSealer, type Hasher } from '../lib/crypto';
import { createHmacSha256, type HmacSha256 } from '../lib/hmac-sha256';
import { runImportOnce } from './import';

const encoder = new TextEncoder();

function createNobleHmacSha256(key: Uint8Array): HmacSha256 {
  const keyed = hmac.create(sha256, key);
  return (message) => Buffer.from(keyed.clone().update(encoder.encode(message)).digest());
}

const variants = { 'hand-written': createHmacSha256, '@noble/hashes clone': createNobleHmacSha256 } as const;
type Variant = keyof typeof variants;

function hashRows(hasher: Hasher, rows: number): number {
  const started = process.hrtime.bigint();
  for (let i = 0; i < rows; i++) {
    const tin = String(900_000_000 + i);
    hasher.tin(tin);
    hasher.identity({ tin, dateOfBirth: '1980-01-01', lastName: 'GARCIA', zip: '94110' });
    hasher.email(`person${i}@example.org`);
    hasher.fingerprint(`${tin}|GARCIA|MARIA|94110|1980-01-01|address_verified`);
  }
  return Number(process.hrtime.bigint() - started) / 1e9;
}

async function main() {
  const { values } = parseArgs({ options: { rows: { type: 'string', default: '47000' }, rounds: { type: 'string', default: '2' } } });
  const rows = Number(values.rows);
  const rounds = Number(values.rounds);
  const pepper = randomBytes(32);
  // The same digests, or the comparison means nothing.
  const a = createHasher(pepper, variants['hand-written']);
  const b = createHasher(pepper, variants['@noble/hashes clone']);
  for (const m of ['123456789', 'é'.repeat(40), 'x'.repeat(200)]) if (!a.email(m).equals(b.email(m))) throw new Error('digests differ');

  const hashing: Record<Variant, number[]> = { 'hand-written': [], '@noble/hashes clone': [] };
  const importing: Record<Variant, { seconds: number; cpuSeconds: number }[]> = { 'hand-written': [], '@noble/hashes clone': [] };
  for (let r = 0; r < rounds + 1; r++) {
    for (const name of Object.keys(variants) as Variant[]) {
      const seconds = hashRows(createHasher(pepper, variants[name]), rows);
      if (r > 0) hashing[name].push(seconds); // round 0 warms the JIT
    }
  }
  for (let r = 0; r < rounds; r++) {
    for (const name of Object.keys(variants) as Variant[]) {
      const keys = {
        hasher: createHasher(randomBytes(32), variants[name]),
        sealer: createSealer({ dataKeys: new Map([[1, randomBytes(32)]]), currentKeyVersion: 1 }),
      };
      importing[name].push(await runImportOnce(rows, keys));
    }
  }
  const best = (xs: number[]) => Math.min(...xs);
  for (const name of Object.keys(variants) as Variant[]) {
    const h = best(hashing[name]);
    const imp = importing[name];
    console.log(
      JSON.stringify({
        variant: name,
        rows,
        hashSecondsBest: +h.toFixed(3),
        microsecondsPerHash: +((h / (rows * 4)) * 1e6).toFixed(2),
        importSeconds: imp.map((x) => +x.seconds.toFixed(2)),
        importNodeCpuSeconds: imp.map((x) => +x.cpuSeconds.toFixed(2)),
      }),
    );
  }
}

void main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
