import { describe, expect, it } from 'vitest';
import { checkRoutingNumber, routingPrefixAssigned } from './routing';

describe('checkRoutingNumber', () => {
  // Published routing numbers; each sum below was worked by hand with weights 3 7 1 3 7 1 3 7 1.
  it.each([
    ['021000021', 30], // 0+14+1+0+0+0+0+14+1
    ['011000015', 20], // 0+7+1+0+0+0+0+7+5
    ['122105155', 70], // 3+14+2+3+0+5+3+35+5
    ['026009593', 110], // 0+14+6+0+0+9+15+63+3
  ])('accepts %s (weighted sum %i)', (routing) => {
    expect(checkRoutingNumber(routing)).toEqual({ ok: true, value: routing });
  });

  it('removes spaces and hyphens between groups', () => {
    expect(checkRoutingNumber(' 0210-0002 1 ')).toEqual({ ok: true, value: '021000021' });
  });

  it.each(['', '02100002', '0210000211', '02100002a', '０２１０００００２１', '021 000 02.1'])('refuses %j as routing_format', (input) => {
    expect(checkRoutingNumber(input)).toEqual({ ok: false, reason: 'routing_format' });
  });

  it.each(['021000022', '021000012', '122105156', '120105155'])('refuses %s as routing_checksum', (input) => {
    expect(checkRoutingNumber(input)).toEqual({ ok: false, reason: 'routing_checksum' });
  });

  // Checksums valid (worked by hand), prefixes outside the Federal Reserve's ranges.
  it.each([
    ['130000006'], // 3+21+6 = 30
    ['200000004'], // 6+4 = 10
    ['330000000'], // 9+21 = 30
    ['730000008'], // 21+21+8 = 50
    ['810000009'], // 24+7+9 = 40
  ])('refuses %s as routing_prefix', (input) => {
    expect(checkRoutingNumber(input)).toEqual({ ok: false, reason: 'routing_prefix' });
  });
});

describe('routingPrefixAssigned', () => {
  it('holds exactly 00-12, 21-32, 61-72 and 80', () => {
    const assigned = Array.from({ length: 100 }, (_, p) => p).filter(routingPrefixAssigned);
    const expected = [
      ...[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
      ...[21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32],
      ...[61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72],
      80,
    ];
    expect(assigned).toEqual(expected);
  });
});
