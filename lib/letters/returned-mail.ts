import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Executor } from '@/db/index';
import { appendAudit } from '@/db/queries/audit';
import { markLettersReturned } from '@/db/queries/letters';

// The mail house's returned-mail list: one piece id a line, or a CSV whose header has a `piece_id` column
// (other columns are ignored). Read as a stream and applied in chunks, each in its own transaction, so a
// list of any size takes constant memory and an interrupted import is simply run again (idempotent).

export const RETURNED_CHUNK = 1000;

export type ReturnedMailImport = { lines: number; returned: number; alreadyReturned: number; unknown: number; malformed: number };

const pieceIdPattern = /^B[0-9]+-[0-9]{8,}$/;

export async function importReturnedMail(
  deps: { db: Executor; auditKey: Buffer; actor: string },
  input: Readable,
  chunkSize = RETURNED_CHUNK,
): Promise<ReturnedMailImport> {
  return (await importReturnedMailAudited(deps, input, chunkSize)).result;
}

/** The same, with the id of the audit entry that records it (the staff page shows the import from it). */
export async function importReturnedMailAudited(
  deps: { db: Executor; auditKey: Buffer; actor: string },
  input: Readable,
  chunkSize = RETURNED_CHUNK,
): Promise<{ result: ReturnedMailImport; auditId: number }> {
  const result: ReturnedMailImport = { lines: 0, returned: 0, alreadyReturned: 0, unknown: 0, malformed: 0 };
  let column = 0;
  let header = true;
  let chunk: string[] = [];
  const flush = async () => {
    const r = await markLettersReturned(deps.db, chunk);
    result.returned += r.returned;
    result.alreadyReturned += r.alreadyReturned;
    result.unknown += r.unknown;
    chunk = [];
  };
  for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
    const line = raw.replace(/^\uFEFF/, '').trim();
    if (!line) continue;
    const cells = line.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
    if (header) {
      header = false;
      const at = cells.findIndex((c) => c.toLowerCase() === 'piece_id');
      if (at >= 0) {
        column = at;
        continue;
      }
    }
    result.lines++;
    const id = cells[column] ?? '';
    if (!pieceIdPattern.test(id)) {
      result.malformed++;
      continue;
    }
    chunk.push(id);
    if (chunk.length >= chunkSize) await flush();
  }
  if (chunk.length > 0) await flush();
  const entry = await appendAudit(deps.db, deps.auditKey, {
    actor: deps.actor,
    action: 'letters.returned_import',
    outcome: 'ok',
    detail: { ...result },
  });
  return { result, auditId: entry.id };
}
