import { createHash } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
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
import { buildLetterHtml, type LetterFrame } from './letter-html';
import { renderLetterPdf } from './render-pdf';
import type { LetterSettings } from './settings';

// A letter-channel batch becomes print files: its letters in id order, LETTERS_PER_FILE to a PDF, each
// with a CSV manifest. Each file is rendered outside any transaction, then stored sealed together with
// its letters' assignment in one (storePrintFile): a worker killed mid-file leaves no file and no
// assigned letter, and the next run renders the same letters again, under the same piece ids.

export const LETTERS_PER_FILE = 1000;

export interface PrintDeps {
  db: Executor;
  sealer: Sealer;
  frame: LetterFrame;
  settings: LetterSettings;
  lettersPerFile?: number;
  /** Letters rendered at once (Chromium pages); two cores here. */
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

interface RenderedLetter {
  letter: PendingLetter;
  lines: string[];
  pdf: Buffer;
  pages: number;
}

async function renderOne(deps: PrintDeps, l: PendingLetter): Promise<RenderedLetter> {
  const pii = openRecordPii(deps.sealer, l);
  const address = checkUsAddress(pii);
  // Checked when the piece was added; the record may have been re-imported since.
  if (!address.ok) throw new Error(`Letter ${l.piece.pieceId}: the address no longer passes the checks (${address.reason}).`);
  const params = Object.fromEntries(Object.entries(l.params).map(([k, v]) => [k, String(v)]));
  const serial = l.piece.imbSerial % 10 ** serialDigits(deps.settings.imb.mailerId);
  const html = await buildLetterHtml(
    {
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
    },
    deps.frame,
  );
  const { pdf, pages } = await renderLetterPdf(html, { chromiumPath: deps.settings.chromiumPath });
  return { letter: l, lines: address.lines, pdf, pages };
}

async function renderAll(deps: PrintDeps, letters: PendingLetter[]): Promise<RenderedLetter[]> {
  const out: RenderedLetter[] = new Array(letters.length);
  let next = 0;
  const lanes = Math.max(1, deps.concurrency ?? 2);
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (next < letters.length) {
        if (deps.signal?.aborted) throw new PrintRunStoppedError();
        const i = next++;
        out[i] = await renderOne(deps, letters[i]!);
      }
    }),
  );
  return out;
}

/**
 * One PDF for the mail house: the letters in manifest order, each padded to an even page count so every
 * letter starts on a new sheet when printed on both sides.
 */
async function combine(rendered: RenderedLetter[]): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  for (const r of rendered) {
    const src = await PDFDocument.load(r.pdf, { updateMetadata: false });
    for (const page of await doc.copyPages(src, src.getPageIndices())) doc.addPage(page);
    if (r.pages % 2 === 1) doc.addPage([612, 792]);
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

function sha256(b: Buffer | string): string {
  return createHash('sha256').update(b).digest('hex');
}

/** Adds the batch's pieces, then prints every pending letter into files until none is left. */
export async function buildPrintFiles(deps: PrintDeps, batchId: number): Promise<PrintRun> {
  const { added, rejected } = await addPieces(deps, batchId);
  const run: PrintRun = { piecesAdded: added, rejected, filesStored: 0, lettersPrinted: 0 };
  const size = deps.lettersPerFile ?? LETTERS_PER_FILE;
  for (;;) {
    const letters = await findPendingLetters(deps.db, batchId, size);
    if (letters.length === 0) break;
    const rendered = await renderAll(deps, letters);
    const pdf = await combine(rendered);
    const manifest =
      [
        manifestColumns.join(','),
        ...rendered.map((r, i) =>
          [
            r.letter.piece.pieceId,
            i + 1,
            r.pages,
            Math.ceil(r.pages / 2),
            r.letter.language,
            r.lines[0] ?? '',
            r.lines[1] ?? '',
            r.lines[2] ?? '',
          ]
            .map(csvField)
            .join(','),
        ),
      ].join('\r\n') + '\r\n';
    const file = await storePrintFile(deps.db, {
      batchId,
      pieces: rendered.map((r) => ({ id: r.letter.piece.id, pages: r.pages, sheets: Math.ceil(r.pages / 2) })),
      // Sealed as other personal data is (the sealer takes text: the PDF travels as base64).
      pdfSealed: (n) => deps.sealer.seal(pdf.toString('base64'), printFileAad(batchId, n, 'pdf')),
      manifestSealed: (n) => deps.sealer.seal(manifest, printFileAad(batchId, n, 'manifest')),
      pdfSha256: sha256(pdf),
      manifestSha256: sha256(manifest),
    });
    if (file) {
      run.filesStored++;
      run.lettersPrinted += rendered.length;
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
