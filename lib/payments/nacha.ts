// A small NACHA (ACH) file writer for claim payments: PPD credits to checking (22) or savings
// (32) accounts, and their zero-dollar prenotes (23, 33). Written here rather than taken from npm because
// the packages for it are unmaintained (issue 17); the layout is in ../shared/nacha.md.
//
// Every record is 94 ASCII characters: alphanumeric fields left-justified and space-filled, numeric fields
// right-justified and zero-filled. Records come in blocks of 10; the file is padded with records of 94 '9's.
// The writer refuses a value that does not fit its field instead of cutting it, so an amount or an account
// number is never silently changed; the reader (nacha-read.ts) checks every count, hash and total the controls
// carry, so a file read back (or a returns file from the bank) is trusted only when it adds up.
import { checkRoutingNumber } from './routing';

export const RECORD_LENGTH = 94;
export const BLOCKING_FACTOR = 10;
/** A record of 94 nines, which pads a file to whole blocks. */
export const FILL_RECORD = '9'.repeat(RECORD_LENGTH);

export type CreditCode = 22 | 32;
export type PrenoteCode = 23 | 33;
export type TransactionCode = CreditCode | PrenoteCode;

export interface AchEntryInput {
  transactionCode: TransactionCode;
  /** Nine-digit routing number of the receiving bank. */
  routingNumber: string;
  /** The receiver's account number, at most 17 characters (digits, letters, hyphens). */
  accountNumber: string;
  /** Whole cents; 0 for a prenote. */
  amountCents: number;
  /** Our reference for the payment (for example the claim number), at most 15 characters. */
  individualId: string;
  /** The account holder's name, at most 22 characters, in the characters ACH carries (see achText). */
  individualName: string;
  /**
   * The trace number's last seven digits, when the caller numbers entries itself (ascending through the
   * file). Claim payments use the claim's id, so that a trace number names one payment across every file
   * ever sent and a bank's return matches it; without it entries are numbered 1, 2, 3… within the file.
   */
  traceSequence?: number;
}

export interface AchBatchInput {
  companyName: string;
  companyDiscretionary?: string;
  /** Ten characters, usually '1' followed by the originator's EIN. */
  companyId: string;
  /** Shown on the receiver's bank statement, at most 10 characters. */
  entryDescription: string;
  descriptiveDate?: string;
  /** YYMMDD: the banking day the credits should settle. */
  effectiveEntryDate: string;
  /** The first eight digits of the originating bank's routing number. */
  originatingDfi: string;
  entries: readonly AchEntryInput[];
}

export interface AchFileInput {
  /** Nine-digit routing number the file goes to (the ODFI or the Federal Reserve). */
  immediateDestination: string;
  /** Ten characters identifying the sender (a space and a routing number, or '1' and an EIN). */
  immediateOrigin: string;
  immediateDestinationName: string;
  immediateOriginName: string;
  /** A-Z or 0-9: tells apart two files sent on one day. */
  fileIdModifier: string;
  /** When the file was created; written as its UTC date and time. */
  createdAt: Date;
  referenceCode?: string;
  batches: readonly AchBatchInput[];
}

export class AchFieldError extends Error {
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`ACH field ${field}: ${problem}`);
    this.name = 'AchFieldError';
  }
}

const ALPHANUMERIC = /^[\x20-\x7e]*$/;

/**
 * Folds a name into what an ACH record carries: accents dropped (José → JOSE, Nguyễn → NGUYEN), upper case,
 * runs of spaces collapsed. Returns null when letters remain that have no ASCII form (Chinese, Arabic,
 * Khmer…): the claim form then asks for the name as the bank holds it instead of guessing a spelling.
 */
export function achText(name: string): string | null {
  const folded = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßđĐłŁøØæÆœŒ]/g, (c) => ({ ß: 'SS', đ: 'D', Đ: 'D', ł: 'L', Ł: 'L', ø: 'O', Ø: 'O', æ: 'AE', Æ: 'AE', œ: 'OE', Œ: 'OE' })[c]!)
    .toUpperCase()
    .replace(/\s+/g, ' ')
    .trim();
  return ALPHANUMERIC.test(folded) ? folded : null;
}

function alpha(field: string, value: string, width: number): string {
  if (!ALPHANUMERIC.test(value)) throw new AchFieldError(field, 'holds characters outside printable ASCII');
  if (value.length > width) throw new AchFieldError(field, `is ${value.length} characters, the field holds ${width}`);
  return value.padEnd(width, ' ');
}

function numeric(field: string, value: number | bigint, width: number): string {
  const big = BigInt(value);
  if (big < 0n) throw new AchFieldError(field, 'is negative');
  const text = big.toString();
  if (text.length > width) throw new AchFieldError(field, `needs ${text.length} digits, the field holds ${width}`);
  return text.padStart(width, '0');
}

function digits(field: string, value: string, width: number): string {
  if (!new RegExp(`^[0-9]{${width}}$`).test(value)) throw new AchFieldError(field, `must be exactly ${width} digits`);
  return value;
}

function yymmdd(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(date.getUTCFullYear() % 100)}${p(date.getUTCMonth() + 1)}${p(date.getUTCDate())}`;
}

function hhmm(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(date.getUTCHours())}${p(date.getUTCMinutes())}`;
}

function checkDate(field: string, value: string): string {
  digits(field, value, 6);
  const month = Number(value.slice(2, 4));
  const day = Number(value.slice(4, 6));
  if (month < 1 || month > 12 || day < 1 || day > 31) throw new AchFieldError(field, 'is not a YYMMDD date');
  return value;
}

function routing(field: string, value: string): string {
  const checked = checkRoutingNumber(value);
  if (!checked.ok || checked.value !== value) throw new AchFieldError(field, 'is not a valid nine-digit routing number');
  return value;
}

const MAX_AMOUNT_CENTS = 9_999_999_999;

function entryRecord(entry: AchEntryInput, trace: string, index: number): string {
  const at = `entries[${index}]`;
  const code = entry.transactionCode;
  if (![22, 32, 23, 33].includes(code)) throw new AchFieldError(`${at}.transactionCode`, 'must be 22, 32, 23 or 33');
  if (!Number.isSafeInteger(entry.amountCents) || entry.amountCents < 0 || entry.amountCents > MAX_AMOUNT_CENTS)
    throw new AchFieldError(`${at}.amountCents`, 'must be whole cents from 0 to 9,999,999,999');
  if ((code === 23 || code === 33) !== (entry.amountCents === 0))
    throw new AchFieldError(`${at}.amountCents`, code === 23 || code === 33 ? 'a prenote carries 0' : 'a credit carries more than 0');
  if (!/^[0-9A-Za-z-]{1,17}$/.test(entry.accountNumber))
    throw new AchFieldError(`${at}.accountNumber`, 'must be 1 to 17 digits, letters or hyphens');
  const rdfi = routing(`${at}.routingNumber`, entry.routingNumber);
  return (
    '6' +
    String(code) +
    rdfi.slice(0, 8) +
    rdfi.slice(8) +
    alpha(`${at}.accountNumber`, entry.accountNumber.toUpperCase(), 17) +
    numeric(`${at}.amountCents`, entry.amountCents, 10) +
    alpha(`${at}.individualId`, entry.individualId, 15) +
    alpha(`${at}.individualName`, entry.individualName, 22) +
    '  ' +
    '0' +
    trace
  );
}

/** The records of a file, without line breaks, in order, including the 9-fill. */
export function achRecords(file: AchFileInput): string[] {
  if (!/^[A-Z0-9]$/.test(file.fileIdModifier)) throw new AchFieldError('fileIdModifier', 'must be one of A-Z or 0-9');
  if (file.batches.length === 0) throw new AchFieldError('batches', 'a file needs at least one batch');
  const origin = file.immediateOrigin;
  if (!/^[ 0-9][0-9]{9}$/.test(origin))
    throw new AchFieldError('immediateOrigin', "must be ten characters: a space or '1' and nine digits");
  const records: string[] = [
    '1' +
      '01' +
      ' ' +
      routing('immediateDestination', file.immediateDestination) +
      origin +
      yymmdd(file.createdAt) +
      hhmm(file.createdAt) +
      file.fileIdModifier +
      '094' +
      '10' +
      '1' +
      alpha('immediateDestinationName', file.immediateDestinationName, 23) +
      alpha('immediateOriginName', file.immediateOriginName, 23) +
      alpha('referenceCode', file.referenceCode ?? '', 8),
  ];
  let fileEntries = 0;
  let fileHash = 0n;
  let fileCredits = 0n;
  let sequence = 0;
  file.batches.forEach((batch, b) => {
    const at = `batches[${b}]`;
    if (batch.entries.length === 0) throw new AchFieldError(`${at}.entries`, 'a batch needs at least one entry');
    const odfi = digits(`${at}.originatingDfi`, batch.originatingDfi, 8);
    const companyId = alpha(`${at}.companyId`, batch.companyId, 10);
    const batchNumber = numeric(`${at}.batchNumber`, b + 1, 7);
    records.push(
      '5' +
        '220' +
        alpha(`${at}.companyName`, batch.companyName, 16) +
        alpha(`${at}.companyDiscretionary`, batch.companyDiscretionary ?? '', 20) +
        companyId +
        'PPD' +
        alpha(`${at}.entryDescription`, batch.entryDescription, 10) +
        alpha(`${at}.descriptiveDate`, batch.descriptiveDate ?? '', 6) +
        checkDate(`${at}.effectiveEntryDate`, batch.effectiveEntryDate) +
        '   ' +
        '1' +
        odfi +
        batchNumber,
    );
    let hash = 0n;
    let credits = 0n;
    batch.entries.forEach((entry, e) => {
      const next = entry.traceSequence ?? sequence + 1;
      if (!Number.isSafeInteger(next) || next <= sequence)
        throw new AchFieldError(`${at}.entries[${e}].traceSequence`, "must be a whole number above the previous entry's");
      sequence = next;
      records.push(entryRecord(entry, odfi + numeric('trace sequence', sequence, 7), e));
      hash += BigInt(entry.routingNumber.slice(0, 8));
      credits += BigInt(entry.amountCents);
    });
    records.push(
      '8' +
        '220' +
        numeric(`${at}.entryCount`, batch.entries.length, 6) +
        numeric(`${at}.entryHash`, hash % 10_000_000_000n, 10) +
        numeric(`${at}.totalDebits`, 0, 12) +
        numeric(`${at}.totalCredits`, credits, 12) +
        companyId +
        ' '.repeat(19) +
        ' '.repeat(6) +
        odfi +
        batchNumber,
    );
    fileEntries += batch.entries.length;
    fileHash += hash;
    fileCredits += credits;
  });
  const count = records.length + 1;
  const blocks = Math.ceil(count / BLOCKING_FACTOR);
  records.push(
    '9' +
      numeric('batchCount', file.batches.length, 6) +
      numeric('blockCount', blocks, 6) +
      numeric('entryCount', fileEntries, 8) +
      numeric('entryHash', fileHash % 10_000_000_000n, 10) +
      numeric('totalDebits', 0, 12) +
      numeric('totalCredits', fileCredits, 12) +
      ' '.repeat(39),
  );
  while (records.length % BLOCKING_FACTOR !== 0) records.push(FILL_RECORD);
  return records;
}

/** The whole file as text: one record a line, each line ending in CR LF as most banks' gateways expect. */
export function writeAchFile(file: AchFileInput): string {
  return achRecords(file)
    .map((r) => `${r}\r\n`)
    .join('');
}
