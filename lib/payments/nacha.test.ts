import { describe, expect, it } from 'vitest';
import { AchFieldError, achRecords, achText, writeAchFile, type AchFileInput } from './nacha';
import { AchParseError, parseAchFile } from './nacha-read';

// Written by hand from the layout in ../shared/nacha.md, field by field (positions checked with a ruler
// script, not with the writer): two PPD credits, one to checking ($1,000.00), one to savings ($2,500.75).
const EXPECTED = [
  '101 02100002118712345672612041905A094101JPMORGAN CHASE         DISCLOSURE CHECK DEMO  CLM00001',
  '5220DISCLOSURE CHECK                    1871234567PPD7431 CLAIMDEC 26261207   1021000020000001',
  '62202100002112345678         0000100000DC-0001        MARIA GARCIA            0021000020000001',
  '63212210515598765432101      0000250075DC-0002        NGUYEN VAN AN           0021000020000002',
  // entry hash 02100002 + 12210515 = 14310517; credits 100000 + 250075 = 350075 cents
  '822000000200143105170000000000000000003500751871234567                         021000020000001',
  // one batch, one block of 10 records, two entries
  '9000001000001000000020014310517000000000000000000350075                                       ',
  '9'.repeat(94),
  '9'.repeat(94),
  '9'.repeat(94),
  '9'.repeat(94),
];

const input = (overrides: Partial<AchFileInput> = {}): AchFileInput => ({
  immediateDestination: '021000021',
  immediateOrigin: '1871234567',
  immediateDestinationName: 'JPMORGAN CHASE',
  immediateOriginName: 'DISCLOSURE CHECK DEMO',
  fileIdModifier: 'A',
  createdAt: new Date('2026-12-04T19:05:00Z'),
  referenceCode: 'CLM00001',
  batches: [
    {
      companyName: 'DISCLOSURE CHECK',
      companyId: '1871234567',
      entryDescription: '7431 CLAIM',
      descriptiveDate: 'DEC 26',
      effectiveEntryDate: '261207',
      originatingDfi: '02100002',
      entries: [
        {
          transactionCode: 22,
          routingNumber: '021000021',
          accountNumber: '12345678',
          amountCents: 100000,
          individualId: 'DC-0001',
          individualName: 'MARIA GARCIA',
        },
        {
          transactionCode: 32,
          routingNumber: '122105155',
          accountNumber: '98765432101',
          amountCents: 250075,
          individualId: 'DC-0002',
          individualName: 'NGUYEN VAN AN',
        },
      ],
    },
  ],
  ...overrides,
});

describe('NACHA writer', () => {
  it('writes the hand-checked file exactly, CR LF after every record', () => {
    expect(achRecords(input())).toEqual(EXPECTED);
    expect(writeAchFile(input())).toBe(EXPECTED.map((l) => `${l}\r\n`).join(''));
  });

  it('numbers batches and traces across the file, fills to whole blocks and sums every batch', () => {
    const one = input().batches[0]!;
    const file = input({ batches: [one, { ...one, entries: [one.entries[0]!, one.entries[0]!, one.entries[1]!] }] });
    const records = achRecords(file);
    // 1 header + (1 + 2 + 1) + (1 + 3 + 1) + 1 control = 11 records -> 2 blocks, 9 fill records
    expect(records).toHaveLength(20);
    expect(records.slice(11).every((r) => r === '9'.repeat(94))).toBe(true);
    expect(records.map((r) => r.slice(79, 94)).filter((_, i) => records[i]![0] === '6')).toEqual([
      '021000020000001',
      '021000020000002',
      '021000020000003',
      '021000020000004',
      '021000020000005',
    ]);
    expect(records[5]!.slice(87, 94)).toBe('0000002'); // second batch header's number
    // second batch: hash 02100002 * 2 + 12210515 = 16410519; credits 100000 * 2 + 250075 = 450075
    expect(records[9]).toBe('822000000300164105190000000000000000004500751871234567                         021000020000002');
    // file: 14310517 + 16410519 = 30721036; 5 entries; credits 800150; 2 blocks
    expect(records[10]).toBe('9000002000002000000050030721036000000000000000000800150                                       ');
  });

  it('keeps only the low ten digits of an entry hash that overflows', () => {
    const entry = { ...input().batches[0]!.entries[1]!, routingNumber: '122105155' };
    // 1,000 entries of 12210515 sum to 12,210,515,000: eleven digits, the field keeps 2210515000
    const file = input({ batches: [{ ...input().batches[0]!, entries: Array.from({ length: 1000 }, () => entry) }] });
    const records = achRecords(file);
    const control = records.find((r) => r[0] === '8')!;
    expect(control.slice(10, 20)).toBe('2210515000');
    expect(records.find((r) => r[0] === '9' && r !== '9'.repeat(94))!.slice(21, 31)).toBe('2210515000');
  });

  it('writes prenotes with a zero amount and refuses a prenote with money or a credit without', () => {
    const base = input().batches[0]!;
    const prenote = { ...base.entries[0]!, transactionCode: 23 as const, amountCents: 0 };
    expect(achRecords(input({ batches: [{ ...base, entries: [prenote] }] }))[2]!.slice(0, 39)).toBe(
      '6230210000211234567' + '8         0000000000',
    );
    expect(() => achRecords(input({ batches: [{ ...base, entries: [{ ...prenote, amountCents: 5 }] }] }))).toThrow(AchFieldError);
    expect(() => achRecords(input({ batches: [{ ...base, entries: [{ ...base.entries[0]!, amountCents: 0 }] }] }))).toThrow(
      /a credit carries more than 0/,
    );
  });

  it.each([
    ['a name longer than 22 characters', { individualName: 'MARIA DE LOS ANGELES GARCIA' }, /individualName/],
    ['non-ASCII in a name', { individualName: 'José' }, /printable ASCII/],
    ['an account number of 18 characters', { accountNumber: '123456789012345678' }, /accountNumber/],
    ['spaces inside an account number', { accountNumber: '1234 5678' }, /accountNumber/],
    ['a routing number with a wrong check digit', { routingNumber: '021000022' }, /routingNumber/],
    ['fractional cents', { amountCents: 10.5 }, /amountCents/],
    ['an amount above $99,999,999.99', { amountCents: 10_000_000_000 }, /amountCents/],
    ['a debit transaction code', { transactionCode: 27 as never }, /transactionCode/],
  ])('refuses %s instead of cutting or changing it', (_what, change, message) => {
    const base = input().batches[0]!;
    expect(() => achRecords(input({ batches: [{ ...base, entries: [{ ...base.entries[0]!, ...change }] }] }))).toThrow(message);
  });

  it.each([
    ['fileIdModifier', { fileIdModifier: 'a' }],
    ['immediateOrigin', { immediateOrigin: '871234567' }],
    ['immediateDestination', { immediateDestination: '02100002' }],
    ['batches', { batches: [] }],
  ])('refuses a bad %s', (name, change) => {
    expect(() => achRecords(input(change))).toThrow(new RegExp(name));
  });

  it('refuses a bad effective date and an empty batch', () => {
    const base = input().batches[0]!;
    expect(() => achRecords(input({ batches: [{ ...base, effectiveEntryDate: '261307' }] }))).toThrow(/effectiveEntryDate/);
    expect(() => achRecords(input({ batches: [{ ...base, entries: [] }] }))).toThrow(/at least one entry/);
  });
});

describe('achText', () => {
  it.each([
    ['José Núñez', 'JOSE NUNEZ'],
    ['Nguyễn Văn  An', 'NGUYEN VAN AN'],
    ['Đặng Thị Hồng', 'DANG THI HONG'],
    ['Łukasz Wałęsa', 'LUKASZ WALESA'],
    ['Straße', 'STRASSE'],
    ['  Jean-Baptiste  Pierre ', 'JEAN-BAPTISTE PIERRE'],
  ])('folds %j to %j', (name, folded) => {
    expect(achText(name)).toBe(folded);
  });

  it.each(['王小明', 'محمد علی', 'សុខ ចាន់', 'José 王'])('returns null for %j, which has no ASCII spelling', (name) => {
    expect(achText(name)).toBeNull();
  });
});

describe('NACHA reader', () => {
  it('reads the hand-checked file back to the same entries and totals', () => {
    const file = parseAchFile(EXPECTED.join('\r\n') + '\r\n');
    expect(file.immediateDestination).toBe('021000021');
    expect(file.immediateOrigin).toBe('1871234567');
    expect(file.createdYymmdd).toBe('261204');
    expect(file.fileIdModifier).toBe('A');
    expect(file.totalCreditCents).toBe(350075);
    expect(file.batches).toHaveLength(1);
    expect(file.batches[0]!.entries).toEqual([
      {
        transactionCode: 22,
        routingNumber: '021000021',
        accountNumber: '12345678',
        amountCents: 100000,
        individualId: 'DC-0001',
        individualName: 'MARIA GARCIA',
        traceNumber: '021000020000001',
      },
      {
        transactionCode: 32,
        routingNumber: '122105155',
        accountNumber: '98765432101',
        amountCents: 250075,
        individualId: 'DC-0002',
        individualName: 'NGUYEN VAN AN',
        traceNumber: '021000020000002',
      },
    ]);
  });

  it('reads LF-only files as well', () => {
    expect(parseAchFile(EXPECTED.join('\n')).totalCreditCents).toBe(350075);
  });

  const withLine = (index: number, line: string) => EXPECTED.map((l, i) => (i === index ? line : l)).join('\n');
  const changeAt = (index: number, position: number, char: string) => {
    const l = EXPECTED[index]!;
    return withLine(index, l.slice(0, position - 1) + char + l.slice(position));
  };

  it.each([
    ['an amount changed by one cent', changeAt(2, 39, '1'), /line 5: batch 1: total credits/],
    ['a routing number changed (entry hash)', changeAt(3, 5, '3'), /line 5: batch 1: entry hash/],
    ['the batch count', changeAt(5, 7, '2'), /line 6: file control: batch count/],
    ['the block count', changeAt(5, 13, '2'), /line 6: file control: block count/],
    ['the file total', changeAt(5, 55, '6'), /line 6: file control: total credits/],
    ['a short record', withLine(3, EXPECTED[3]!.slice(0, 93)), /line 4: is 93 characters/],
    ['a fill record that is not all nines', withLine(9, '9'.repeat(93) + '8'), /line 10: .*94 nines/],
    ['a missing fill record', EXPECTED.slice(0, 9).join('\n'), /whole number of blocks/],
    ['a missing batch control', [...EXPECTED.slice(0, 4), ...EXPECTED.slice(5)].join('\n'), /line 5: a batch ends/],
    ['a file without its header', EXPECTED.slice(1).join('\n'), /line 1: a file starts/],
    ['a non-numeric amount', changeAt(2, 35, 'X'), /line 3: amount is not numeric/],
  ])('refuses %s, naming the line', (_what, content, message) => {
    expect(() => parseAchFile(content)).toThrow(AchParseError);
    expect(() => parseAchFile(content)).toThrow(message);
  });

  it('round-trips a larger file written by the writer', () => {
    const base = input().batches[0]!;
    const entries = Array.from({ length: 2_345 }, (_, i) => ({
      ...base.entries[i % 2]!,
      amountCents: 100_000 + i,
      individualId: `DC-${String(i).padStart(6, '0')}`,
    }));
    const file = parseAchFile(writeAchFile(input({ batches: [{ ...base, entries }] })));
    expect(file.batches[0]!.entries.map((e) => e.amountCents)).toEqual(entries.map((e) => e.amountCents));
    // sum of 100000 + i for i < 2345 = 2345 * 100000 + 2345 * 2344 / 2
    expect(file.totalCreditCents).toBe(2_345 * 100_000 + (2_345 * 2_344) / 2);
  });

  it('reads a returns file: each returned entry carries its R-code and the original trace number', () => {
    // A bank's return of the first entry above (R03: no account), typed by hand: the entry comes back as
    // code 21 (return of a checking credit) with addenda indicator 1 and an addenda 99 record.
    const returns = [
      '101 02100002102100002126121008001A094101DISCLOSURE CHECK DEMO  JPMORGAN CHASE         RET00001',
      '5220DISCLOSURE CHECK                    1871234567PPD7431 CLAIMDEC 26261210   1021000020000001',
      '62102100002112345678         0000100000DC-0001        MARIA GARCIA            1021000020000101',
      '799R03021000020000001      02100002NO ACCOUNT/UNABLE TO LOCATE ACCOUNT         021000020000101',
      '822000000200021000020000000000000000001000001871234567                         021000020000001',
      '9000001000001000000020002100002000000000000000000100000                                       ',
      ...Array.from({ length: 4 }, () => '9'.repeat(94)),
    ];
    const file = parseAchFile(returns.join('\r\n'));
    const [entry] = file.batches[0]!.entries;
    expect(entry!.transactionCode).toBe(21);
    expect(entry!.return).toEqual({
      reasonCode: 'R03',
      originalTraceNumber: '021000020000001',
      originalReceivingDfi: '02100002',
      information: 'NO ACCOUNT/UNABLE TO LOCATE ACCOUNT',
    });
  });
});
