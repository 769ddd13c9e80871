// The baseline for the self-check benchmark: the least a server can do to answer the letter path — a
// bare node:http handler with postgres.js, no framework, no limits, no audit, no session — doing the same
// lookup as the portal (notice code by unique index, access code by keyed hash, one round trip), opening
// the sealed record and comparing the date of birth in constant time. It answers 200 {found} as JSON.
//
// It builds its SQL here, outside db/queries, on purpose: the point is to measure what the portal's
// layers (Next.js, server actions, drizzle, Redis limits, audit) cost on top of this.
// Run by bench/self-check.ts in a child process: it sends {port} over IPC once listening.
import { createServer } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import postgres from 'postgres';
import { noDelaySocketOption } from '../db/postgres-socket';
import { formatIsoDate } from '../lib/identifiers/dates';
import { isValidNoticeCode, normalizeNoticeCodeInput } from '../lib/identifiers/notice-code';
import { getSealer } from '../lib/keys';
import { accessCodeHash } from '../lib/self-check/access-code';
import { deriveSelfCheckKeys } from '../lib/self-check/keys';
import { env } from '../lib/env';

const e = env();
if (!e.DATABASE_URL) throw new Error('The bare handler needs DATABASE_URL');
const sql = postgres(e.DATABASE_URL, { ...noDelaySocketOption(), max: 10 });
const sealer = getSealer();
const keys = deriveSelfCheckKeys(e.secrets);

async function check(code: string, dob: string): Promise<boolean> {
  const rows = await sql<{ tin_hash: Buffer; pii: Buffer }[]>`
    select tin_hash, pii from affected_records where notice_code = ${code}
    union all
    select r.tin_hash, r.pii from access_codes a join affected_records r on r.id = a.record_id
    where a.code_hash = ${accessCodeHash(keys, code)} and a.expires_at > now()`;
  const typed = Buffer.from(dob);
  let found = false;
  for (const row of rows) {
    const stored = Buffer.from((JSON.parse(sealer.open(row.pii, row.tin_hash)) as { dateOfBirth: string }).dateOfBirth);
    if (stored.length === typed.length && timingSafeEqual(stored, typed)) found = true;
  }
  return found;
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
    const code = normalizeNoticeCodeInput(form.get('code') ?? '');
    const [year, month, day] = ['year', 'month', 'day'].map((k) => Number(form.get(k)));
    if (!code || !isValidNoticeCode(code) || !year || !month || !day) {
      res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"invalid_input"}');
      return;
    }
    check(code, formatIsoDate(year, month, day)).then(
      (found) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ found })),
      () => res.writeHead(500).end(),
    );
  });
});

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
});
process.on('disconnect', () => {
  server.close();
  void sql.end({ timeout: 1 }).then(() => process.exit(0));
});
