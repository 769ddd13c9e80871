// Reading a NACHA file back (ours, to check it, or the bank's returns file with its R-codes): every record's
// length and order, the batch and file counts, entry hashes, totals, block count and 9-fill are checked, so a
// file is trusted only when it adds up. The layout is in ../shared/nacha.md; the writer is nacha.ts.
import { BLOCKING_FACTOR, FILL_RECORD, RECORD_LENGTH } from './nacha';

export interface AchEntry {
  transactionCode: number;
  routingNumber: string;
  accountNumber: string;
  amountCents: number;
  individualId: string;
  individualName: string;
  traceNumber: string;
  /** Present on an entry the bank returned: its addenda 99. */
  return?: AchReturn;
}

export interface AchReturn {
  reasonCode: string;
  originalTraceNumber: string;
  originalReceivingDfi: string;
  information: string;
}

export interface AchBatch {
  serviceClass: string;
  companyName: string;
  companyId: string;
  secCode: string;
  entryDescription: string;
  effectiveEntryDate: string;
  originatingDfi: string;
  batchNumber: number;
  entries: AchEntry[];
  totalCreditCents: number;
  totalDebitCents: number;
}

export interface AchFile {
  immediateDestination: string;
  immediateOrigin: string;
  createdYymmdd: string;
  createdHhmm: string;
  fileIdModifier: string;
  immediateDestinationName: string;
  immediateOriginName: string;
  referenceCode: string;
  batches: AchBatch[];
  totalCreditCents: number;
  totalDebitCents: number;
}

export class AchParseError extends Error {
  constructor(
    readonly line: number,
    readonly problem: string,
  ) {
    super(`ACH file, line ${line}: ${problem}`);
    this.name = 'AchParseError';
  }
}

const field = (record: string, from: number, to: number) => record.slice(from - 1, to);
const text = (record: string, from: number, to: number) => field(record, from, to).trimEnd();
const int = (record: string, from: number, to: number, line: number, name: string): bigint => {
  const raw = field(record, from, to);
  if (!/^[0-9]+$/.test(raw)) throw new AchParseError(line, `${name} is not numeric`);
  return BigInt(raw);
};

/**
 * Reads a NACHA file and checks it: record lengths, record order, the batch and file counts, entry hashes,
 * totals, the block count and the 9-fill. Throws AchParseError naming the first line that does not add up.
 */
export function parseAchFile(content: string): AchFile {
  const lines = content.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  if (lines.length === 0) throw new AchParseError(1, 'the file is empty');
  lines.forEach((l, i) => {
    if (l.length !== RECORD_LENGTH) throw new AchParseError(i + 1, `is ${l.length} characters, a record is ${RECORD_LENGTH}`);
  });
  const head = lines[0]!;
  if (head[0] !== '1') throw new AchParseError(1, 'a file starts with its file header (record type 1)');
  const file: AchFile = {
    immediateDestination: field(head, 4, 13).trim(),
    immediateOrigin: field(head, 14, 23),
    createdYymmdd: field(head, 24, 29),
    createdHhmm: field(head, 30, 33),
    fileIdModifier: field(head, 34, 34),
    immediateDestinationName: text(head, 41, 63),
    immediateOriginName: text(head, 64, 86),
    referenceCode: text(head, 87, 94),
    batches: [],
    totalCreditCents: 0,
    totalDebitCents: 0,
  };
  if (field(head, 35, 40) !== '094101') throw new AchParseError(1, 'record size, blocking factor or format code is not 094, 10, 1');
  let i = 1;
  let entryAndAddenda = 0;
  let hash = 0n;
  let credits = 0n;
  let debits = 0n;
  while (i < lines.length && lines[i]![0] === '5') {
    const bh = lines[i]!;
    const batch: AchBatch = {
      serviceClass: field(bh, 2, 4),
      companyName: text(bh, 5, 20),
      companyId: field(bh, 41, 50),
      secCode: field(bh, 51, 53),
      entryDescription: text(bh, 54, 63),
      effectiveEntryDate: field(bh, 70, 75),
      originatingDfi: field(bh, 80, 87),
      batchNumber: Number(int(bh, 88, 94, i + 1, 'batch number')),
      entries: [],
      totalCreditCents: 0,
      totalDebitCents: 0,
    };
    i++;
    let count = 0;
    let batchHash = 0n;
    let batchCredits = 0n;
    let batchDebits = 0n;
    while (i < lines.length && (lines[i]![0] === '6' || lines[i]![0] === '7')) {
      const r = lines[i]!;
      if (r[0] === '7') {
        const last = batch.entries.at(-1);
        if (!last) throw new AchParseError(i + 1, 'an addenda record comes before any entry');
        if (field(r, 2, 3) === '99')
          last.return = {
            reasonCode: field(r, 4, 6),
            originalTraceNumber: field(r, 7, 21),
            originalReceivingDfi: field(r, 28, 35),
            information: text(r, 36, 79),
          };
        count++;
        i++;
        continue;
      }
      const code = Number(int(r, 2, 3, i + 1, 'transaction code'));
      const amount = int(r, 30, 39, i + 1, 'amount');
      batch.entries.push({
        transactionCode: code,
        routingNumber: field(r, 4, 12),
        accountNumber: text(r, 13, 29),
        amountCents: Number(amount),
        individualId: text(r, 40, 54),
        individualName: text(r, 55, 76),
        traceNumber: field(r, 80, 94),
      });
      batchHash += int(r, 4, 11, i + 1, 'receiving DFI');
      // Codes ending 1-4 are credits (and their returns and prenotes), 6-9 debits.
      if (code % 10 <= 4) batchCredits += amount;
      else batchDebits += amount;
      count++;
      i++;
    }
    const bc = lines[i];
    if (bc?.[0] !== '8') throw new AchParseError(i + 1, 'a batch ends with its batch control (record type 8)');
    const expect = (ok: boolean, what: string) => {
      if (!ok) throw new AchParseError(i + 1, `batch ${batch.batchNumber}: ${what} does not match its entries`);
    };
    expect(field(bc, 2, 4) === batch.serviceClass, 'service class');
    expect(int(bc, 5, 10, i + 1, 'entry count') === BigInt(count), 'entry and addenda count');
    expect(int(bc, 11, 20, i + 1, 'entry hash') === batchHash % 10_000_000_000n, 'entry hash');
    expect(int(bc, 21, 32, i + 1, 'total debits') === batchDebits, 'total debits');
    expect(int(bc, 33, 44, i + 1, 'total credits') === batchCredits, 'total credits');
    expect(int(bc, 88, 94, i + 1, 'batch number') === BigInt(batch.batchNumber), 'batch number');
    batch.totalCreditCents = Number(batchCredits);
    batch.totalDebitCents = Number(batchDebits);
    file.batches.push(batch);
    entryAndAddenda += count;
    hash += batchHash;
    credits += batchCredits;
    debits += batchDebits;
    i++;
  }
  const fc = lines[i];
  if (fc?.[0] !== '9' || fc === FILL_RECORD) throw new AchParseError(i + 1, 'expected a batch header (5) or the file control (9)');
  const expect = (ok: boolean, what: string) => {
    if (!ok) throw new AchParseError(i + 1, `file control: ${what} does not match the file`);
  };
  if (lines.length % BLOCKING_FACTOR !== 0) throw new AchParseError(lines.length, 'the file is not a whole number of blocks of 10');
  expect(int(fc, 2, 7, i + 1, 'batch count') === BigInt(file.batches.length), 'batch count');
  expect(int(fc, 8, 13, i + 1, 'block count') === BigInt(lines.length / BLOCKING_FACTOR), 'block count');
  expect(int(fc, 14, 21, i + 1, 'entry count') === BigInt(entryAndAddenda), 'entry and addenda count');
  expect(int(fc, 22, 31, i + 1, 'entry hash') === hash % 10_000_000_000n, 'entry hash');
  expect(int(fc, 32, 43, i + 1, 'total debits') === debits, 'total debits');
  expect(int(fc, 44, 55, i + 1, 'total credits') === credits, 'total credits');
  for (let j = i + 1; j < lines.length; j++)
    if (lines[j] !== FILL_RECORD) throw new AchParseError(j + 1, 'after the file control only records of 94 nines may follow');
  file.totalCreditCents = Number(credits);
  file.totalDebitCents = Number(debits);
  return file;
}
