import { createHash } from 'node:crypto';
import type { Executor } from '@/db/index';
import {
  addLetterPieces,
  findNoticesWithoutPiece,
  findPendingLetters,
  printFileAad,
  storePrintFile,
  type PendingLetter,
  type LetterSource,
} from '@/db/queries/letters';
import { findAccessCodeSecret } from '@/db/queries/self-check';
import type { NoticeType } from '@/emails/notice-types';
import type { Sealer } from '@/lib/crypto';
import { openRecordPii } from '@/lib/records/seal';
import { openAccessCode } from '@/lib/self-check/access-code';
import { checkUsAddress } from './address';
import { imbRoutingCode, imbTrackingCode, serialDigits } from './imb';
import { buildLetterDocument, type LetterFrame, type LetterInput } from './letter-html';
import { renderLetterDocument } from './render-pdf';
import type { LetterSettings } from './settings';

// A letter-channel batch becomes print files: its letters in id order, LETTERS_PER_FILE to a PDF, each
// with a CSV manifest. Each file is one HTML document printed by one page.pdf(), rendered outside any
// transaction, then stored sealed together with its letters' assignment in one (storePrintFile): a
// worker killed mid-file leaves no file and no assigned letter, and the next run renders the same
// letters again, under the same piece ids. Files may be rendered `concurrency` at a time (one Chromium
// page each) and are stored in order.

// Not 1,000 (the figure): Chromium's cost for one document grows much faster than its length. On
// this machine (2 cores, shared) page.pdf() took 35 s for 400 letters and 347 s for 800 (tagged; 170 s
// untagged), and a 1,000-letter file 559 s in all with 2.5 GB of memory. Splitting a file into parts
// merged by pdf-lib would drop the PDF's tags (pdf-lib copies pages, not the structure tree), so a file
// is smaller instead: 250 letters stay well inside the straight part of the curve (BENCHMARKS.md).
export const LETTERS_PER_FILE = 250;

export interface PrintDeps {
  db: Executor;
  sealer: Sealer;
  frame: LetterFrame;
  settings: LetterSettings;
  lettersPerFile?: number;
  /**
   * Files rendered at once (one Chromium page each). 1 unless told: on this 2-core machine two at once
   * printed 13% more letters a second for 35% more memory (BENCHMARKS.md), and memory is the tighter aim.
   */
  concurrency?: number;
  /** Aborted when the worker stops: the file in progress is dropped (nothing of it is stored) and redone. */
  signal?: AbortSignal;
}

/** The run stopped before the batch was done; what was stored stays, the rest is printed by a retry. */
export class PrintRunStoppedError extends Error {
  constructor() {
    super('Printing stopped because the worker is shutting down; the next attempt prints the letters not yet in a file.');
    this.name = 'PrintRunStoppedError';
  }
}

export interface PrintRun {
  piecesAdded: number;
  rejected: number;
  filesStored: number;
  lettersPrinted: number;
}

/** Human-readable and unique: the batch and the notice behind the letter. */
export function pieceIdFor(batchId: number, noticeId: number): string {
  return `B${batchId}-${String(noticeId).padStart(8, '0')}`;
}

export const manifestColumns = [
  'piece_id',
  'sequence',
  'pages',
  'sheets',
  'language',
  'address_line_1',
  'address_line_2',
  'address_line_3',
] as const;

function csvField(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Gives each of the batch's letter notices its piece, checking the address first. */
async function addPieces(deps: PrintDeps, batchId: number): Promise<{ added: number; rejected: number }> {
  let after = 0;
  let added = 0;
  let rejected = 0;
  for (;;) {
    const page = await findNoticesWithoutPiece(deps.db, batchId, after, 500);
    if (page.length === 0) break;
    after = page.at(-1)!.noticeId;
    const pieces = page.map((n) => {
      const check = checkUsAddress(openRecordPii(deps.sealer, n));
      if (!check.ok) rejected++;
      return {
        noticeId: n.noticeId,
        recordId: n.recordId,
        batchId,
        pieceId: pieceIdFor(batchId, n.noticeId),
        rejectReason: check.ok ? null : check.reason,
      };
    });
    await addLetterPieces(deps.db, pieces);
    added += pieces.length;
  }
  return { added, rejected };
}

async function accessCodeFor(db: Executor, sealer: Sealer, l: LetterSource): Promise<{ accessCode?: string }> {
  if (l.type !== 'check_result') return {};
  const id = Number(l.params.accessCodeId);
  const row = Number.isSafeInteger(id) ? await findAccessCodeSecret(db, id) : undefined;
  return row && row.recordId === l.recordId ? { accessCode: openAccessCode(sealer, row) } : {};
}

interface PreparedLetter {
  letter: PendingLetter;
  lines: string[];
  input: LetterInput;
}

async function prepareLetter(deps: PrintDeps, l: PendingLetter): Promise<PreparedLetter> {
  const pii = openRecordPii(deps.sealer, l);
  const address = checkUsAddress(pii);
  // Checked when the piece was added; the record may have been re-imported since.
  if (!address.ok) throw new Error(`Letter ${l.piece.pieceId}: the address no longer passes the checks (${address.reason}).`);
  const params = Object.fromEntries(Object.entries(l.params).map(([k, v]) => [k, String(v)]));
  const serial = l.piece.imbSerial % 10 ** serialDigits(deps.settings.imb.mailerId);
  const input: LetterInput = {
    type: l.type as NoticeType,
    language: l.language,
    values: {
      firstName: pii.firstName,
      noticeCode: l.noticeCode,
      disclosedElements: l.disclosedElements,
      disclosedOn: l.disclosedOn,
      category: l.category,
      ...params,
      ...(await accessCodeFor(deps.db, deps.sealer, l)),
    },
    recipient: { lines: address.lines },
    pieceId: l.piece.pieceId,
    imb: { tracking: imbTrackingCode(deps.settings.imb, serial), routing: imbRoutingCode(address.zip) },
  };
  return { letter: l, lines: address.lines, input };
}

interface RenderedFile {
  letters: PreparedLetter[];
  pdf: Buffer;
  /** Each letter's own pages, read back from the PDF. */
  pages: number[];
}

async function renderFile(deps: PrintDeps, letters: PendingLetter[]): Promise<RenderedFile> {
  if (deps.signal?.aborted) throw new PrintRunStoppedError();
  const prepared: PreparedLetter[] = [];
  for (const l of letters) prepared.push(await prepareLetter(deps, l));
  const doc = await buildLetterDocument(
    prepared.map((p) => p.input),
    deps.frame,
  );
  let rendered: Awaited<ReturnType<typeof renderLetterDocument>>;
  try {
    rendered = await renderLetterDocument(doc, { chromiumPath: deps.settings.chromiumPath, signal: deps.signal });
  } catch (err) {
    // The worker stopped while Chromium printed: nothing of the file is kept, the retry prints it again.
    if (deps.signal?.aborted) throw new PrintRunStoppedError();
    throw err;
  }
  const { pdf, pages } = rendered;
  return { letters: prepared, pdf, pages };
}

function sha256(b: Buffer | string): string {
  return createHash('sha256').update(b).digest('hex');
}

function manifestFor(f: RenderedFile): string {
  const rows = f.letters.map((p, i) =>
    [
      p.letter.piece.pieceId,
      i + 1,
      f.pages[i]!,
      Math.ceil(f.pages[i]! / 2),
      p.letter.language,
      p.lines[0] ?? '',
      p.lines[1] ?? '',
      p.lines[2] ?? '',
    ]
      .map(csvField)
      .join(','),
  );
  return [manifestColumns.join(','), ...rows].join('\r\n') + '\r\n';
}

async function storeFile(deps: PrintDeps, batchId: number, f: RenderedFile): Promise<boolean> {
  const manifest = manifestFor(f);
  const stored = await storePrintFile(deps.db, {
    batchId,
    pieces: f.letters.map((p, i) => ({ id: p.letter.piece.id, pages: f.pages[i]!, sheets: Math.ceil(f.pages[i]! / 2) })),
    // Sealed as other personal data is (the sealer takes text: the PDF travels as base64).
    pdfSealed: (n) => deps.sealer.seal(f.pdf.toString('base64'), printFileAad(batchId, n, 'pdf')),
    manifestSealed: (n) => deps.sealer.seal(manifest, printFileAad(batchId, n, 'manifest')),
    pdfSha256: sha256(f.pdf),
    manifestSha256: sha256(manifest),
  });
  return stored !== null;
}

/** Adds the batch's pieces, then prints every pending letter into files until none is left. */
export async function buildPrintFiles(deps: PrintDeps, batchId: number): Promise<PrintRun> {
  const { added, rejected } = await addPieces(deps, batchId);
  const run: PrintRun = { piecesAdded: added, rejected, filesStored: 0, lettersPrinted: 0 };
  const size = deps.lettersPerFile ?? LETTERS_PER_FILE;
  const lanes = Math.max(1, deps.concurrency ?? 1);
  for (;;) {
    // The next few files' letters, rendered side by side; stored one after the other in piece order, so
    // file numbers follow the letters and a stop between two stores leaves only whole files behind.
    const letters = await findPendingLetters(deps.db, batchId, size * lanes);
    if (letters.length === 0) break;
    const chunks = Array.from({ length: Math.ceil(letters.length / size) }, (_, i) => letters.slice(i * size, (i + 1) * size));
    const rendering = chunks.map((c) => renderFile(deps, c));
    // Each settles on its own: a failure of a later file must not go unobserved while an earlier one is stored.
    for (const r of rendering) r.catch(() => undefined);
    for (const r of rendering) {
      const file = await r;
      if (await storeFile(deps, batchId, file)) {
        run.filesStored++;
        run.lettersPrinted += file.letters.length;
      }
    }
  }
  return run;
}

/** Opens a stored file's PDF and manifest. */
export function openPrintFile(
  sealer: Sealer,
  f: { batchId: number; fileNumber: number; pdfSealed: Buffer; manifestSealed: Buffer },
): { pdf: Buffer; manifest: string } {
  return {
    pdf: Buffer.from(sealer.open(f.pdfSealed, printFileAad(f.batchId, f.fileNumber, 'pdf')), 'base64'),
    manifest: sealer.open(f.manifestSealed, printFileAad(f.batchId, f.fileNumber, 'manifest')),
  };
}
