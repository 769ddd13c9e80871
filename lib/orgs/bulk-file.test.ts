// The bulk file's reader: the header exactly as the template's, the caps, and each row's reason in words
// the results file carries (never a value from the row).
import { describe, expect, it } from 'vitest';
import { bulkMaxBytes, parseBulkLine, readBulkFile } from './bulk-file';

const header = 'authorization_id,ssn_or_itin,date_of_birth,last_name,zip\n';
const today = '2026-12-08';

describe('readBulkFile', () => {
  it('takes the header in any letter case, with a byte-order mark, and numbers the rows from 1', async () => {
    const file = await readBulkFile(
      '\ufeffAuthorization_ID,SSN_or_ITIN,Date_Of_Birth,Last_Name,ZIP\r\n12,912-70-1234,1984-03-09,García,90011\r\n"13",x,"",y,z\r\n',
    );
    expect(file).toEqual({
      ok: true,
      lines: [
        { rowNo: 1, fields: ['12', '912-70-1234', '1984-03-09', 'García', '90011'] },
        { rowNo: 2, fields: ['13', 'x', '', 'y', 'z'] },
      ],
    });
  });

  it('refuses a header that is not the template, an empty file, and one with no rows', async () => {
    expect(await readBulkFile('authorization_id,ssn_or_itin,last_name,date_of_birth,zip\n1,2,3,4,5\n')).toEqual({
      ok: false,
      refusal: 'bad_header',
    });
    expect(await readBulkFile(header.replace(',zip', ',zip,extra'))).toEqual({ ok: false, refusal: 'bad_header' });
    expect(await readBulkFile('  \n')).toEqual({ ok: false, refusal: 'empty' });
    expect(await readBulkFile(header)).toEqual({ ok: false, refusal: 'no_rows' });
  });

  it('refuses more than 5,000 rows and more than 2 MB, and keeps a malformed row as a row', async () => {
    const row = '1,912-70-1234,1984-03-09,Garcia,90011\n';
    expect((await readBulkFile(header + row.repeat(5000))).ok).toBe(true);
    expect(await readBulkFile(header + row.repeat(5001))).toEqual({ ok: false, refusal: 'too_many_rows' });
    expect(await readBulkFile(header + 'x'.repeat(bulkMaxBytes))).toEqual({ ok: false, refusal: 'too_large' });
    const file = await readBulkFile(header + '1,"912,2\n' + row);
    expect(file.ok && file.lines.map((l) => ('error' in l ? l.error : 'ok'))).toEqual(['malformed']);
  });
});

describe('parseBulkLine', () => {
  const line = (fields: string[]) => ({ rowNo: 7, fields });

  it('accepts the mail check’s details, the date as ISO or US order', () => {
    expect(parseBulkLine(line(['42', '912-70-1234', '3/9/1984', ' garcía ', '90011-1234']), today)).toEqual({
      ok: true,
      rowNo: 7,
      authorizationId: 42,
      identity: { tin: '912701234', dateOfBirth: '1984-03-09', lastName: 'GARCIA', zip: '90011' },
    });
  });

  it('names each column that is wrong, and never the value', () => {
    expect(parseBulkLine(line(['4x', '123', '2990-01-01', '', '9']), today)).toEqual({
      ok: false,
      rowNo: 7,
      authorizationId: null,
      reason: 'authorization_id:format;ssn_or_itin:tin_format;date_of_birth:date_future;last_name:name_missing;zip:zip_format',
    });
    expect(parseBulkLine(line(['', '912-70-1234', '1984-03-09', 'Garcia', '90011']), today)).toMatchObject({
      reason: 'authorization_id:missing',
    });
    expect(parseBulkLine(line(['5', '912-70-1234', 'March 9', 'Garcia', '90011']), today)).toMatchObject({
      authorizationId: 5,
      reason: 'date_of_birth:date_format',
    });
    expect(parseBulkLine(line(['5', '912-70-1234']), today)).toMatchObject({ reason: 'row:column_count' });
    expect(parseBulkLine({ rowNo: 3, error: 'malformed' }, today)).toEqual({
      ok: false,
      rowNo: 3,
      authorizationId: null,
      reason: 'row:malformed',
    });
  });
});
