import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../index';
import { imports, type ImportReject, type ImportRun } from '../schema';

export type ImportCounts = { rowsRead: number; inserted: number; updated: number; unchanged: number; rejected: number };

export async function createImportRun(db: Executor, params: { source: string; actor: string }): Promise<ImportRun> {
  const [row] = await db.insert(imports).values(params).returning();
  return row!;
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
