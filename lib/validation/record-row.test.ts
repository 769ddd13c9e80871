import { describe, expect, it } from 'vitest';
import { dateRejectReasons } from '../identifiers/dates';
import { tinRejectReasons } from '../identifiers/tin';
import {
  checkRecordCsvHeader,
  parseRecordRow,
  recordCsvColumns,
  recordFieldMaxLengths,
  recordRejectReasons,
  type RecordCsvColumn,
} from './record-row';

const today = '2026-02-27';

const valid: Record<RecordCsvColumn, string> = {
  tin: '912-70-1234',
  first_name: 'María José',
  last_name: 'García-López',
  date_of_birth: '1985-07-04',
  street: '123 Main St Apt 4',
  city: 'Los Angeles',
  state: 'CA',
  zip: '90011',
  email: 'Maria@Example.com',
  phone: '(213) 555-0142',
  language: 'es',
  category: 'address_verified',
  disclosed_elements: 'name;tin;address',
  disclosed_on: '2025-08-15',
  disclosure_acts: '',
  ruled_unlawful: '',
};

function parseWith(changes: Partial<Record<string, string | undefined>>) {
  return parseRecordRow({ ...valid, ...changes }, { today });
}

describe('parseRecordRow', () => {
  it('normalizes a valid row', () => {
    expect(parseRecordRow(valid, { today })).toEqual({
      ok: true,
      row: {
        tin: '912701234',
        tinKind: 'itin',
        firstName: 'María José',
        lastName: 'García-López',
        dateOfBirth: '1985-07-04',
        street: '123 Main St Apt 4',
        city: 'Los Angeles',
        state: 'CA',
        zip: '90011',
        email: 'maria@example.com',
        phone: '+12135550142',
        language: 'es',
        category: 'address_verified',
        disclosedElements: ['name', 'tin', 'address'],
        disclosedOn: '2025-08-15',
        disclosureActs: null,
        ruledUnlawful: null,
      },
    });
  });

  it('trims, collapses inner whitespace, composes to NFC and keeps the original case', () => {
    const result = parseWith({
      first_name: '  María\t José ',
      last_name: 'garcía  lópez'.normalize('NFD'),
      street: ' 123   Main St ',
      city: 'los angeles',
      state: 'ca',
      zip: '90011-1234',
      language: 'ZH-HANT',
      category: ' Address_Verified ',
      disclosed_elements: ' Address ; NAME;;tin;name ',
    });
    expect(result.ok && result.row).toMatchObject({
      firstName: 'María José',
      lastName: 'garcía lópez',
      street: '123 Main St',
      city: 'los angeles',
      state: 'CA',
      zip: '90011',
      language: 'zh-Hant',
      category: 'address_verified',
      disclosedElements: ['name', 'tin', 'address'],
    });
    expect(result.ok && result.row.lastName).toBe('garcía lópez'.normalize('NFC'));
  });

  it('accepts the Schedule LEP code of a language as well as its tag', () => {
    const byCode = (language: string) => {
      const result = parseWith({ language });
      return result.ok ? result.row.language : result;
    };
    expect(byCode('001')).toBe('es');
    expect(byCode('005')).toBe('ar');
    expect(byCode('016')).toBe('ur');
    expect(byCode('019')).toBe('zh-Hant');
    expect(byCode('20')).toBe('zh-Hans');
    expect(byCode('000')).toBe('en');
  });

  it('turns empty email and phone into null, and ignores unknown keys', () => {
    const result = parseWith({ email: '  ', phone: undefined, extra: 'whatever' });
    expect(result.ok && [result.row.email, result.row.phone]).toEqual([null, null]);
  });

  it('orders disclosed elements canonically and keeps each once', () => {
    const result = parseWith({ disclosed_elements: 'date_of_birth;address;tin;name;tin' });
    expect(result.ok && result.row.disclosedElements).toEqual(['name', 'tin', 'address', 'date_of_birth']);
  });

  const required = recordCsvColumns.filter((c) => c !== 'email' && c !== 'phone');
  it.each(required)('rejects a missing or blank %s as missing_field', (field) => {
    expect(parseWith({ [field]: undefined })).toEqual({ ok: false, reason: 'missing_field', field });
    expect(parseWith({ [field]: ' \t ' })).toEqual({ ok: false, reason: 'missing_field', field });
  });

  it('rejects a disclosed_elements list with no element as missing_field', () => {
    expect(parseWith({ disclosed_elements: ' ; ;' })).toEqual({ ok: false, reason: 'missing_field', field: 'disclosed_elements' });
  });

  it.each(recordCsvColumns)('rejects an over-long %s as too_long', (field) => {
    const long = 'a'.repeat(recordFieldMaxLengths[field] + 1);
    expect(parseWith({ [field]: long })).toEqual({ ok: false, reason: 'too_long', field });
  });

  it('accepts names and streets right at the limit', () => {
    expect(parseWith({ last_name: 'a'.repeat(100), street: '1'.repeat(200) }).ok).toBe(true);
  });

  it.each([
    ['tin', '12-345-678', 'tin_format'],
    ['tin', '000-12-3456', 'ssn_area'],
    ['tin', '123-00-4567', 'ssn_group'],
    ['tin', '123-45-0000', 'ssn_serial'],
    ['tin', '912-93-1234', 'itin_group'],
    ['first_name', 'Ana\u0000', 'text_invalid'],
    ['last_name', 'Garc\ufffda', 'text_invalid'],
    ['last_name', '--', 'text_invalid'],
    ['street', '12 Main\u0085St', 'text_invalid'],
    ['date_of_birth', '07/04/1985', 'date_format'],
    ['date_of_birth', '2023-02-29', 'date_impossible'],
    ['date_of_birth', '2026-02-28', 'date_future'],
    ['date_of_birth', '1899-12-31', 'date_too_old'],
    ['state', 'XX', 'state_unknown'],
    ['state', 'California', 'state_unknown'],
    ['zip', '9001', 'zip_format'],
    ['email', 'maria@', 'email_format'],
    ['phone', '555-0142', 'phone_format'],
    ['language', 'uk', 'language_unknown'],
    ['language', 'Spanish', 'language_unknown'],
    ['language', '021', 'language_unknown'],
    ['language', '0001', 'language_unknown'],
    ['category', 'verified', 'category_unknown'],
    ['disclosed_elements', 'name;ssn', 'elements_unknown'],
    ['disclosed_elements', 'name,tin', 'elements_unknown'],
    ['disclosed_on', '2025-03-31', 'disclosed_on_range'],
    ['disclosed_on', '2026-02-28', 'disclosed_on_range'],
    ['disclosed_on', '2025-8-15', 'date_format'],
    ['disclosed_on', '2025-09-31', 'date_impossible'],
  ])('rejects %s %j as %s', (field, value, reason) => {
    expect(parseWith({ [field]: value })).toEqual({ ok: false, reason, field });
  });

  it('accepts the boundary dates', () => {
    expect(parseWith({ disclosed_on: '2025-04-01' }).ok).toBe(true);
    expect(parseWith({ disclosed_on: today }).ok).toBe(true);
    expect(parseWith({ date_of_birth: '1900-01-01' }).ok).toBe(true);
  });

  it('accepts DC, territories and military mail codes', () => {
    for (const state of ['DC', 'PR', 'VI', 'GU', 'AS', 'MP', 'AE', 'ny']) expect(parseWith({ state }).ok).toBe(true);
  });

  it('reports the first failing column in CSV order', () => {
    expect(parseWith({ zip: 'bad', tin: 'bad', email: 'bad' })).toEqual({ ok: false, reason: 'tin_format', field: 'tin' });
    expect(parseWith({ zip: 'bad', email: 'bad' })).toEqual({ ok: false, reason: 'zip_format', field: 'zip' });
  });

  it('never echoes the rejected value', () => {
    const result = parseWith({ tin: '000-12-3456' });
    expect(JSON.stringify(result)).not.toContain('3456');
  });

  it('defaults today to the current UTC date', () => {
    expect(parseRecordRow({ ...valid, disclosed_on: '2999-01-01' })).toEqual({
      ok: false,
      reason: 'disclosed_on_range',
      field: 'disclosed_on',
    });
  });
});

describe('recordRejectReasons', () => {
  it('is a stable list that includes every TIN and date reason', () => {
    expect(recordRejectReasons).toEqual([
      'missing_field',
      'too_long',
      'text_invalid',
      'tin_format',
      'ssn_area',
      'ssn_group',
      'ssn_serial',
      'itin_group',
      'date_format',
      'date_impossible',
      'date_future',
      'date_too_old',
      'state_unknown',
      'zip_format',
      'email_format',
      'phone_format',
      'language_unknown',
      'category_unknown',
      'elements_unknown',
      'disclosed_on_range',
      'acts_format',
      'ruling_format',
    ]);
    for (const reason of [...tinRejectReasons, ...dateRejectReasons]) expect(recordRejectReasons).toContain(reason);
  });
});

describe('checkRecordCsvHeader', () => {
  it('accepts the columns in any order', () => {
    expect(checkRecordCsvHeader([...recordCsvColumns].reverse())).toEqual({ ok: true });
  });

  it('names missing and unexpected columns', () => {
    const header: string[] = [...recordCsvColumns.filter((c) => c !== 'zip'), 'zipcode', 'notes'];
    expect(checkRecordCsvHeader(header)).toEqual({ ok: false, missing: ['zip'], unexpected: ['zipcode', 'notes'] });
    expect(checkRecordCsvHeader(['\ufefftin', ...recordCsvColumns.slice(1)])).toMatchObject({ ok: false, missing: ['tin'] });
  });
});

describe('the entitlement columns (optional)', () => {
  const parse = (over: Partial<Record<RecordCsvColumn, string>>) => parseRecordRow({ ...valid, ...over }, { today });
  it('are unknown (null) when left out or blank', () => {
    const { disclosure_acts: _a, ruled_unlawful: _r, ...without } = valid;
    expect(parseRecordRow(without, { today })).toMatchObject({ ok: true, row: { disclosureActs: null, ruledUnlawful: null } });
    expect(parse({ disclosure_acts: '  ', ruled_unlawful: '' })).toMatchObject({
      ok: true,
      row: { disclosureActs: null, ruledUnlawful: null },
    });
  });

  it.each([
    ['1', 1],
    ['2', 2],
    [' 12 ', 12],
    ['999', 999],
  ])('reads %j acts as %i', (text, acts) => {
    expect(parse({ disclosure_acts: text })).toMatchObject({ ok: true, row: { disclosureActs: acts } });
  });

  it.each(['0', '-1', '1000', '1.5', 'two', '1e2', '٣'])('refuses %j acts as acts_format', (text) => {
    expect(parse({ disclosure_acts: text })).toEqual({ ok: false, reason: 'acts_format', field: 'disclosure_acts' });
  });

  it.each([
    ['yes', true],
    ['YES', true],
    ['true', true],
    ['1', true],
    ['no', false],
    ['False', false],
    ['0', false],
  ])('reads a ruling of %j as %s', (text, ruled) => {
    expect(parse({ ruled_unlawful: text })).toMatchObject({ ok: true, row: { ruledUnlawful: ruled } });
  });

  it.each(['y', 'unlawful', 'maybe', '2'])('refuses a ruling of %j as ruling_format', (text) => {
    expect(parse({ ruled_unlawful: text })).toEqual({ ok: false, reason: 'ruling_format', field: 'ruled_unlawful' });
  });

  it('accepts a header with or without them, and still refuses an unknown column', () => {
    expect(checkRecordCsvHeader([...recordCsvColumns, 'disclosure_acts', 'ruled_unlawful'])).toEqual({ ok: true });
    expect(checkRecordCsvHeader([...recordCsvColumns, 'disclosure_act'])).toEqual({
      ok: false,
      missing: [],
      unexpected: ['disclosure_act'],
    });
  });
});
