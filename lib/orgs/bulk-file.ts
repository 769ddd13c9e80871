// A bulk check's file (issue 15, item 5): one client a row, the authorization on file and the identity
// details of the check without a letter. The header must be exactly the template's (in any letter case);
// a row that cannot be read is reported on its own with a reason and never fails the file. Each row's
// identity goes through the mail check's own parser (lib/validation/self-check.ts), so a row is accepted
// here exactly when the same details would be accepted by the form.
import { Readable } from 'node:stream';
import { readCsvRecords } from '../csv/read-records';
import { formatCsvLine } from '../csv/format';
import type { IsoDate } from '../identifiers/dates';
import { parseMailCheck, type MailFieldErrors, type ParsedMailCheck } from '../validation/self-check';

export const bulkColumns = ['authorization_id', 'ssn_or_itin', 'date_of_birth', 'last_name', 'zip'] as const;
export const bulkMaxRows = 5000;
export const bulkMaxBytes = 2 * 1024 * 1024;

/** The downloadable template: the header only (an example row would be one more row to delete before uploading). */
export const bulkTemplateCsv = formatCsvLine(bulkColumns);

export type BulkFileRefusal = 'empty' | 'too_large' | 'bad_header' | 'too_many_rows' | 'no_rows';

/** A data row as read: its number (1 = the first row under the header) and its fields, or why it could not be read. */
export type BulkLine = { rowNo: number; fields: string[] } | { rowNo: number; error: 'malformed' };

export type BulkFile = { ok: true; lines: BulkLine[] } | { ok: false; refusal: BulkFileRefusal };

export async function readBulkFile(text: string): Promise<BulkFile> {
  if (Buffer.byteLength(text, 'utf8') > bulkMaxBytes) return { ok: false, refusal: 'too_large' };
  if (text.trim() === '') return { ok: false, refusal: 'empty' };
  const lines: BulkLine[] = [];
  let header: string[] | null = null;
  for await (const rec of readCsvRecords(Readable.from([text]), 4096)) {
    if (header === null) {
      if (rec.error) return { ok: false, refusal: 'bad_header' };
      header = rec.fields.map((f) => f.trim().toLowerCase());
      if (header.length !== bulkColumns.length || header.some((h, i) => h !== bulkColumns[i])) return { ok: false, refusal: 'bad_header' };
      continue;
    }
    const rowNo = lines.length + 1;
    if (rowNo > bulkMaxRows) return { ok: false, refusal: 'too_many_rows' };
    lines.push(rec.error ? { rowNo, error: 'malformed' } : { rowNo, fields: rec.fields });
  }
  if (header === null) return { ok: false, refusal: 'empty' };
  if (lines.length === 0) return { ok: false, refusal: 'no_rows' };
  return { ok: true, lines };
}

export type BulkRow = { ok: true; rowNo: number; authorizationId: number; identity: ParsedMailCheck } | BulkRowRejected;
export type BulkRowRejected = { ok: false; rowNo: number; authorizationId: number | null; reason: string };

/** "1984-03-09" or "3/9/1984" → the three parts the form takes; anything else is left for the parser to refuse. */
function dobParts(raw: string): { month: string; day: string; year: string } {
  const s = raw.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (iso) return { year: iso[1]!, month: iso[2]!, day: iso[3]! };
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (us) return { month: us[1]!, day: us[2]!, year: us[3]! };
  return s === '' ? { month: '', day: '', year: '' } : { month: 'x', day: s, year: '' };
}

const fieldColumn: Record<keyof MailFieldErrors, string> = {
  tin: 'ssn_or_itin',
  dob: 'date_of_birth',
  lastName: 'last_name',
  zip: 'zip',
};

/** The reason a row is refused, as `column:reason` pairs (`date_of_birth:date_future`); never a value from the row. */
export function parseBulkLine(line: BulkLine, today: IsoDate): BulkRow {
  if ('error' in line) return { ok: false, rowNo: line.rowNo, authorizationId: null, reason: 'row:malformed' };
  const { rowNo, fields } = line;
  if (fields.length !== bulkColumns.length) return { ok: false, rowNo, authorizationId: null, reason: 'row:column_count' };
  const [authRaw, tin, dob, lastName, zip] = fields as [string, string, string, string, string];
  const authText = authRaw.trim();
  const authorizationId = /^[1-9][0-9]{0,14}$/.test(authText) ? Number(authText) : null;
  const parsed = parseMailCheck({ tin, dob: dobParts(dob), lastName, zip }, today);
  const reasons: string[] = [];
  if (authorizationId === null) reasons.push(authText === '' ? 'authorization_id:missing' : 'authorization_id:format');
  if (!parsed.ok) {
    for (const key of Object.keys(fieldColumn) as (keyof MailFieldErrors)[]) {
      const reason = parsed.fields[key];
      if (reason) reasons.push(`${fieldColumn[key]}:${reason}`);
    }
  }
  if (authorizationId === null || !parsed.ok) return { ok: false, rowNo, authorizationId, reason: reasons.join(';') };
  return { ok: true, rowNo, authorizationId, identity: parsed.value };
}
