import { describe, expect, it } from 'vitest';
import { loadEnv } from '@/lib/env';
import { letterSettings } from './settings';
import { imbRoutingCode, imbSvg, imbTrackingCode, validateImbSettings } from './imb';

const six = { barcodeId: '00', serviceTypeId: '300', mailerId: '123456' };
const nine = { barcodeId: '00', serviceTypeId: '300', mailerId: '912345678' };

describe('Intelligent Mail barcode', () => {
  it('builds a 20-digit tracking code with a 9-digit serial for a 6-digit Mailer ID and 6 for a 9-digit one', () => {
    expect(imbTrackingCode(six, 42)).toBe('00300123456000000042');
    expect(imbTrackingCode(nine, 42)).toBe('00300912345678000042');
    expect(() => imbTrackingCode(nine, 1_000_000)).toThrow(/below 1000000/);
  });

  it('refuses Mailer IDs USPS never assigns', () => {
    expect(validateImbSettings({ ...six, mailerId: '912345' })).toMatch(/Mailer ID/);
    expect(validateImbSettings({ ...six, mailerId: '812345678' })).toMatch(/Mailer ID/);
    expect(validateImbSettings({ ...six, barcodeId: '05' })).toMatch(/barcode id/);
  });

  it('routes by ZIP, ZIP+4 or nothing', () => {
    expect(imbRoutingCode('20001')).toBe('20001');
    expect(imbRoutingCode('20001-1234')).toBe('200011234');
    expect(imbRoutingCode('2000')).toBe('');
  });

  it('draws 65 bars', () => {
    const svg = imbSvg(imbTrackingCode(six, 42), '200011234');
    const path = /d="([^"]+)"/.exec(svg)![1]!;
    expect(path.match(/M/g)).toHaveLength(65);
  });
});

describe('letter settings', () => {
  const base = {
    LETTER_CHROMIUM_PATH: '/usr/bin/chromium',
    LETTER_SERVICE_TYPE_ID: '300',
    LETTER_BARCODE_ID: '00',
    LETTER_MAILER_ID: undefined,
  };

  it('uses the test Mailer ID outside production and refuses to guess in production', () => {
    expect(letterSettings({ ...base, APP_ENV: 'development' }).imb.mailerId).toBe('123456');
    expect(() => letterSettings({ ...base, APP_ENV: 'production' })).toThrow(/set LETTER_MAILER_ID/);
    expect(letterSettings({ ...base, APP_ENV: 'production', LETTER_MAILER_ID: '912345678' }).imb.mailerId).toBe('912345678');
  });

  it('refuses a Mailer ID USPS never assigns when the configuration is read', () => {
    expect(() => loadEnv({ APP_ENV: 'test', DATA_DIR: '/tmp/dc-letters-env', LETTER_MAILER_ID: '912345' })).toThrow(
      /LETTER_MAILER_ID must be/,
    );
  });
});
