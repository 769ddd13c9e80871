import { describe, expect, it } from 'vitest';
import { maxDescriptionLength, parseClaimDetails, parseClaimForm, parseDollars } from './claims';

const check = {
  language: 'es',
  payment_method: 'check',
  street: '1200 Synthetic Ave Apt 3',
  city: 'Los Angeles',
  state: 'ca',
  zip: '90011-1234',
  signed_name: 'María José García',
  declaration: 'yes',
};
const deposit = {
  language: 'vi',
  payment_method: 'direct_deposit',
  routing_number: '021000021',
  account_number: '1234-5678-90',
  account_number_again: '1234567890',
  account_type: 'savings',
  account_holder: 'Nguyễn Văn An',
  signed_name: 'Nguyễn Văn An',
  declaration: 'yes',
};

describe('parseDollars', () => {
  it.each([
    ['1500', 150_000],
    ['1,500', 150_000],
    ['$1,500.00', 150_000],
    ['$ 12,345,678.9', 1_234_567_890],
    ['0.05', 5],
    ['1500.5', 150_050],
  ])('reads %j as %i cents', (text, cents) => {
    expect(parseDollars(text)).toBe(cents);
  });

  it.each(['', 'abc', '1.234', '1,50', '15,00.00', '-5', '1e3', '١٥٠٠', '1 500'])('refuses %j', (text) => {
    expect(parseDollars(text)).toBeNull();
  });
});

describe('parseClaimForm', () => {
  it('reads a claim paid by check, with statutory damages only (the default)', () => {
    expect(parseClaimForm(check)).toEqual({
      ok: true,
      value: {
        actual: null,
        email: null,
        phone: null,
        language: 'es',
        payment: {
          method: 'check',
          address: { street: '1200 Synthetic Ave Apt 3', city: 'Los Angeles', state: 'CA', zip: '90011-1234' },
          lines: ['1200 SYNTHETIC AVE APT 3', 'LOS ANGELES CA 90011-1234'],
        },
        signedName: 'María José García',
      },
    });
  });

  it('pays by check when no method is chosen: a prepaid card is not a choice at all', () => {
    const { payment_method: _m, ...noMethod } = check;
    expect(parseClaimForm(noMethod)).toMatchObject({ ok: true, value: { payment: { method: 'check' } } });
    expect(parseClaimForm({ ...check, payment_method: 'prepaid_card' })).toEqual({
      ok: false,
      errors: { paymentMethod: 'choice_unknown' },
    });
  });

  it('reads direct deposit: account typed twice (spaces and hyphens dropped), holder as ACH carries it', () => {
    expect(parseClaimForm(deposit)).toEqual({
      ok: true,
      value: {
        actual: null,
        email: null,
        phone: null,
        language: 'vi',
        payment: {
          method: 'direct_deposit',
          routingNumber: '021000021',
          accountNumber: '1234567890',
          accountType: 'savings',
          accountHolder: 'NGUYEN VAN AN',
        },
        signedName: 'Nguyễn Văn An',
      },
    });
  });

  it('reads actual damages, contact details and trims what was typed', () => {
    const result = parseClaimForm({
      ...check,
      actual: 'yes',
      actual_amount: '$2,500.75',
      actual_description: '  Lost two days of work after ICE visited my address.  ',
      email: ' Maria@Example.com ',
      phone: '(213) 555-0142',
    });
    expect(result).toMatchObject({
      ok: true,
      value: {
        actual: { amountCents: 250_075, description: 'Lost two days of work after ICE visited my address.' },
        email: 'maria@example.com',
        phone: '+12135550142',
      },
    });
  });

  it.each([
    [{ routing_number: '' }, { routingNumber: 'required' }],
    [{ routing_number: '02100002' }, { routingNumber: 'routing_format' }],
    [{ routing_number: '021000022' }, { routingNumber: 'routing_checksum' }],
    [{ routing_number: '130000006' }, { routingNumber: 'routing_prefix' }],
    [{ account_number: '123' }, { accountNumber: 'account_format' }],
    [{ account_number: '12345678901234567890' }, { accountNumber: 'account_format' }],
    [{ account_number_again: '' }, { accountNumberAgain: 'required' }],
    [{ account_number_again: '1234567891' }, { accountNumberAgain: 'account_mismatch' }],
    [{ account_type: '' }, { accountType: 'required' }],
    [{ account_type: 'brokerage' }, { accountType: 'choice_unknown' }],
    [{ account_holder: '' }, { accountHolder: 'required' }],
    [{ account_holder: '王小明' }, { accountHolder: 'holder_not_latin' }],
    [{ account_holder: 'Maria de los Angeles Garcia Lopez' }, { accountHolder: 'too_long' }],
  ])('refuses direct deposit with %j: %j', (change, errors) => {
    expect(parseClaimForm({ ...deposit, ...change })).toEqual({ ok: false, errors });
  });

  it.each([
    [{ street: '' }, { address: 'address_missing_street' }],
    [{ city: ' ' }, { address: 'address_missing_city' }],
    [{ state: 'XX' }, { address: 'address_invalid_state' }],
    [{ zip: '9001' }, { address: 'address_invalid_zip' }],
    [{ actual: 'yes' }, { actualAmount: 'required', actualDescription: 'required' }],
    [{ actual: 'yes', actual_amount: 'lots', actual_description: 'x' }, { actualAmount: 'amount_format' }],
    [{ actual: 'yes', actual_amount: '0', actual_description: 'x' }, { actualAmount: 'amount_range' }],
    [{ actual: 'yes', actual_amount: '10,000,000.01', actual_description: 'x' }, { actualAmount: 'amount_range' }],
    [{ actual: 'yes', actual_amount: '10', actual_description: 'x'.repeat(maxDescriptionLength + 1) }, { actualDescription: 'too_long' }],
    [{ actual: 'maybe' }, { actual: 'choice_unknown' }],
    [{ email: 'maria@' }, { email: 'email_format' }],
    [{ phone: 'call me' }, { phone: 'phone_format' }],
    [{ language: '' }, { language: 'required' }],
    [{ language: 'xx' }, { language: 'language_unknown' }],
    [{ signed_name: '' }, { signedName: 'required' }],
    [{ signed_name: 'x'.repeat(201) }, { signedName: 'too_long' }],
    [{ declaration: '' }, { declaration: 'declaration_required' }],
    [{ declaration: 'on' }, { declaration: 'declaration_required' }],
  ])('refuses %j: %j', (change, errors) => {
    expect(parseClaimForm({ ...check, ...change })).toEqual({ ok: false, errors });
  });

  it('reports every field at once, so the page can mark them all', () => {
    const result = parseClaimForm({ payment_method: 'direct_deposit' });
    expect(result.ok).toBe(false);
    expect(Object.keys((result as { errors: object }).errors).sort()).toEqual(
      ['accountHolder', 'accountNumber', 'accountType', 'declaration', 'language', 'routingNumber', 'signedName'].sort(),
    );
  });
});

describe('parseClaimDetails (the form page, before the signature)', () => {
  it('reads the details without a signature, the same way parseClaimForm does', () => {
    const { signed_name: _name, declaration: _declaration, ...details } = check;
    const parsed = parseClaimDetails(details);
    const whole = parseClaimForm(check);
    if (!parsed.ok || !whole.ok) throw new Error('expected both to parse');
    const { signedName: _signed, ...rest } = whole.value;
    expect(parsed.value).toEqual(rest);
  });

  it('never reports the signature or the declaration, which belong to the signing page', () => {
    const parsed = parseClaimDetails({ ...deposit, routing_number: '021000022', signed_name: '', declaration: '' });
    expect(parsed).toEqual({ ok: false, errors: { routingNumber: 'routing_checksum' } });
  });

  it('keeps the details errors when the whole form is read, next to the signature errors', () => {
    expect(parseClaimForm({ ...deposit, account_number_again: '1234567891', signed_name: '', declaration: '' })).toEqual({
      ok: false,
      errors: { accountNumberAgain: 'account_mismatch', signedName: 'required', declaration: 'declaration_required' },
    });
  });
});
