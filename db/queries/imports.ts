import { eq, sql } from 'drizzle-orm';
import { isTransaction, type Executor } from '../index';
import { imports, type ImportReject, type ImportRun } from '../schema';

export type ImportCounts = { rowsRead: number; inserted: number; updated: number; unchanged: number; rejected: number };

export async function createImportRun(db: Executor, params: { source: string; actor: string }): Promise<ImportRun> {
  const [row] = await db.insert(imports).values(params).returning();
  return row!;
}

/**
 * Runs one batch's writes (its records and its progress) as one transaction of their own, committed without
 * waiting for the WAL to reach the disk (synchronous_commit off, for this transaction only). A crash may
 * then lose the last few batches committed (PostgreSQL flushes within about 0.6 s), never leave one half
 * written: the import is idempotent, and running it again writes what was lost. The run's final status is
 * committed normally, which also flushes every batch before it. Within a caller's transaction (the admin
 * upload's, all or nothing) the work simply joins it.
 */
export async function inImportBatchTransaction<T>(db: Executor, work: (db: Executor) => Promise<T>): Promise<T> {
  if (isTransaction(db)) return work(db);
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local synchronous_commit = off`);
    return work(tx as unknown as Executor);
  });
}

/** Progress after each committed batch; rejects are appended, capped so one bad file cannot bloat the row. */
export async function recordImportProgress(
  db: Executor,
  id: number,
  counts: ImportCounts,
  newRejects: ImportReject[],
  rejectCap: number,
): Promise<void> {
  await db
    .update(imports)
    .set({
      ...counts,
      rejects: newRejects.length
        ? sql`case when jsonb_array_length(${imports.rejects}) >= ${rejectCap} then ${imports.rejects}
               else ${imports.rejects} || ${JSON.stringify(newRejects)}::jsonb end`
        : imports.rejects,
    })
    .where(eq(imports.id, id));
}

export async function finishImportRun(
  db: Executor,
  id: number,
  outcome: { status: 'completed' | 'failed'; error?: string },
): Promise<void> {
  await db
    .update(imports)
    .set({ status: outcome.status, error: outcome.error ?? null, finishedAt: sql`now()` })
    .where(eq(imports.id, id));
}

export async function findImportRun(db: Executor, id: number): Promise<ImportRun | undefined> {
  const [row] = await db.select().from(imports).where(eq(imports.id, id));
  return row;
}
