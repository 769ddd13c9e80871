import { getDb } from '@/db/client';
import { uploadsDir, type ImportDeps } from '@/lib/admin/imports';
import { env } from '@/lib/env';
import { getHasher } from '@/lib/keys';
import { enqueueImportUpload } from '@/workers/enqueue';

export async function importDeps(): Promise<ImportDeps> {
  const e = env();
  return {
    db: await getDb(),
    auditKey: getHasher().auditKey,
    uploadsDir: uploadsDir(e.dataDir),
    maxBytes: e.ADMIN_IMPORT_MAX_MB * 1024 * 1024,
    enqueue: (id) => enqueueImportUpload(id),
  };
}
