import { describe, expect, it } from 'vitest';
import { clientAddressFrom, normalizeAddress, peerAddressHeader } from './client-address';

const headers = (xff: string | null, peer: string | null = null) => ({
  get: (name: string) => (name === 'x-forwarded-for' ? xff : name === peerAddressHeader ? peer : null),
});

describe('clientAddressFrom', () => {
  it('trusts no X-Forwarded-For unless proxies are configured', () => {
    expect(clientAddressFrom(headers('198.51.100.7'), 0)).toBeNull();
  });
  it('with no proxy, counts by the peer address the front server wrote, whatever X-Forwarded-For says', () => {
    expect(clientAddressFrom(headers('198.51.100.7', '127.0.0.2'), 0)).toBe('127.0.0.2');
    expect(clientAddressFrom(headers(null, '::ffff:127.0.0.3'), 0)).toBe('127.0.0.3');
  });
  it('with proxies, ignores the peer address (that is the proxy)', () => {
    expect(clientAddressFrom(headers('198.51.100.7', '10.0.0.2'), 1)).toBe('198.51.100.7');
  });
  it('takes the entry the outermost trusted proxy appended, whatever the client put before it', () => {
    expect(clientAddressFrom(headers('6.6.6.6, 198.51.100.7'), 1)).toBe('198.51.100.7');
    expect(clientAddressFrom(headers('6.6.6.6, 198.51.100.7, 10.0.0.2'), 2)).toBe('198.51.100.7');
    expect(clientAddressFrom(headers('198.51.100.7'), 2)).toBeNull();
    expect(clientAddressFrom(headers(null), 1)).toBeNull();
    expect(clientAddressFrom(headers('not-an-address'), 1)).toBeNull();
  });
});

describe('normalizeAddress', () => {
  it.each([
    ['203.0.113.9', '203.0.113.9'],
    ['203.0.113.9:51234', '203.0.113.9'],
    ['::ffff:203.0.113.9', '203.0.113.9'],
    ['2001:db8:1:2:3:4:5:6', '2001:0db8:0001:0002::/64'],
    ['2001:DB8:1:2::9', '2001:0db8:0001:0002::/64'],
    ['[2001:db8:1:2::9]:443', '2001:0db8:0001:0002::/64'],
    ['fe80::1%eth0', 'fe80:0000:0000:0000::/64'],
    ['::1', '0000:0000:0000:0000::/64'],
    ['2001:db8::', '2001:0db8:0000:0000::/64'],
    ['', null],
    ['999.1.1.1', null],
    ['example.org', null],
  ])('%j → %j', (input, expected) => {
    expect(normalizeAddress(input)).toBe(expected);
  });
  it('puts every address of one /64 in one bucket', () => {
    expect(normalizeAddress('2001:db8:aa:bb:1::1')).toBe(normalizeAddress('2001:db8:aa:bb:ffff:ffff:ffff:ffff'));
    expect(normalizeAddress('2001:db8:aa:bb::1')).not.toBe(normalizeAddress('2001:db8:aa:bc::1'));
  });
});
