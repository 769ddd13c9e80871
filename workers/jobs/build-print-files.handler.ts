import { UnrecoverableError, type Job } from 'bullmq';
import type { Database } from '../../db/index';
import { env } from '../../lib/env';
import { getSealer } from '../../lib/keys';
import { buildPrintFiles, type PrintRun } from '../../lib/letters/print-batch';
import { LetterRendererUnavailableError } from '../../lib/letters/render-pdf';
import { letterSettings, LetterSettingsError } from '../../lib/letters/settings';
import { buildPrintFilesPayloadSchema } from './build-print-files';

/**
 * Prints a letter batch's files. Without Chromium, a font or a Mailer ID the job fails at once with the
 * sentence that says what to install or set (retrying would not help); email is not affected. Any other
 * error is retried: stored files stay, and the next attempt picks up the letters not yet in one.
 */
export async function handleBuildPrintFiles(db: Database, job: Job, signal?: AbortSignal): Promise<PrintRun> {
  const parsed = buildPrintFilesPayloadSchema.safeParse(job.data);
  if (!parsed.success) throw new UnrecoverableError('Bad build-print-files payload');
  const e = env();
  try {
    return await buildPrintFiles(
      {
        db,
        sealer: getSealer(),
        settings: letterSettings(e),
        frame: { portalUrl: e.PORTAL_URL, demo: e.demo, returnAddress: e.portalContact.postalAddress },
        signal,
      },
      parsed.data.batchId,
    );
  } catch (err) {
    if (err instanceof LetterRendererUnavailableError || err instanceof LetterSettingsError) throw new UnrecoverableError(err.message);
    throw err;
  }
}
