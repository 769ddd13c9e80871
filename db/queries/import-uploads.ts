import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../index';
import { importUploads, type ImportUpload } from '../schema';
import type { ImportCounts } from './imports';

export async function createImportUpload(
  db: Executor,
  params: { actor: string; storedAs: string; bytes: number; lines: number },
): Promise<ImportUpload> {
  const [row] = await db.insert(importUploads).values(params).returning();
  return row!;
}

export async function findImportUpload(db: Executor, id: number): Promise<ImportUpload | undefined> {
  const [row] = await db.select().from(importUploads).where(eq(importUploads.id, id));
  return row;
}

export async function listImportUploads(db: Executor, limit = 20): Promise<ImportUpload[]> {
  return db.select().from(importUploads).orderBy(desc(importUploads.id)).limit(limit);
}

/** queued → importing (or importing again after a worker died mid-job); false when already finished. */
export async function claimImportUpload(db: Executor, id: number): Promise<ImportUpload | undefined> {
  const [row] = await db
    .update(importUploads)
    .set({ status: 'importing', rowsRead: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0 })
    .where(and(eq(importUploads.id, id), inArray(importUploads.status, ['queued', 'importing'])))
    .returning();
  return row;
}

/** Progress of the transaction still open; only ever moves forward, so a late write cannot undo a finish. */
export async function recordUploadProgress(db: Executor, id: number, counts: ImportCounts): Promise<void> {
  await db
    .update(importUploads)
    .set(counts)
    .where(and(eq(importUploads.id, id), eq(importUploads.status, 'importing'), sql`${importUploads.rowsRead} <= ${counts.rowsRead}`));
}

export async function finishImportUpload(
  db: Executor,
  id: number,
  outcome: { status: 'completed'; importId: number; counts: ImportCounts } | { status: 'failed'; error: string; counts?: ImportCounts },
): Promise<void> {
  await db
    .update(importUploads)
    .set({
      status: outcome.status,
      ...(outcome.counts ?? {}),
      importId: outcome.status === 'completed' ? outcome.importId : null,
      error: outcome.status === 'failed' ? outcome.error : null,
      finishedAt: sql`now()`,
    })
    .where(eq(importUploads.id, id));
}
