import { describe, expect, it } from 'vitest';
import { checkUsAddress } from './address';

const good = {
  firstName: 'María José',
  lastName: "O'Brien-López",
  street: '123 Main St., Apt 4',
  city: 'Washington',
  state: 'dc',
  zip: '20001-1234',
};

describe('US address checks', () => {
  it('prints capitals without punctuation, the last line city, state and ZIP+4', () => {
    expect(checkUsAddress(good)).toEqual({
      ok: true,
      lines: ['MARIA JOSE OBRIEN-LOPEZ', '123 MAIN ST APT 4', 'WASHINGTON DC 20001-1234'],
      zip: '20001-1234',
    });
  });

  it.each([
    [{ street: '  ' }, 'missing_street'],
    [{ city: '' }, 'missing_city'],
    [{ firstName: '', lastName: ' ' }, 'missing_name'],
    [{ state: 'XX' }, 'invalid_state'],
    [{ zip: '2000' }, 'invalid_zip'],
    [{ zip: '20001-12' }, 'invalid_zip'],
    [{ street: '1 '.repeat(30) + 'A VERY LONG STREET NAME' }, 'line_too_long'],
  ] as const)('rejects %o with %s', (over, reason) => {
    expect(checkUsAddress({ ...good, ...over })).toEqual({ ok: false, reason });
  });
});
