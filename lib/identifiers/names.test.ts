import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastNameMatchKeys, normalizeEmail, normalizeLastName, normalizePhone, normalizeZip } from './names';

describe('normalizeLastName', () => {
  it.each([
    ['José', 'JOSE'],
    ['Nguyễn', 'NGUYEN'],
    ['Đặng', 'DANG'],
    ['đỗ', 'DO'],
    ['Weiß', 'WEISS'],
    ['Łukasz', 'LUKASZ'],
    ['Kozłowski', 'KOZLOWSKI'],
    ['Søren', 'SOREN'],
    ['Núñez', 'NUNEZ'],
    ['Keïta', 'KEITA'],
    ['Thélusma', 'THELUSMA'],
    ["O'Brien", 'OBRIEN'],
    ['O’Brien', 'OBRIEN'],
    ['García-López', 'GARCIALOPEZ'],
    ['de la Cruz', 'DELACRUZ'],
    ['St. John', 'STJOHN'],
    ['  van  der Berg ', 'VANDERBERG'],
    ['Smith, Jr.', 'SMITHJR'],
    ['José', 'JOSE'], // decomposed: J o s e + combining acute
    ['ＧＡＲＣＩＡ', 'GARCIA'], // full-width
    ['Иванова', 'ИВАНОВА'], // other scripts are kept, not transliterated
    ['---', ''],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeLastName(input)).toBe(expected);
  });

  it('is idempotent on any Unicode input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => {
        const once = normalizeLastName(s);
        expect(normalizeLastName(once)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  it('takes the ASCII shortcut without changing the result', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 30 }), (s) => {
        // A trailing combining mark forces the full Unicode path and is itself removed.
        expect(normalizeLastName(s)).toBe(normalizeLastName(`${s}\u0301`));
      }),
    );
  });

  it('ignores case, marks and separators', () => {
    fc.assert(
      fc.property(fc.constantFrom('García López', 'Nguyễn', 'Saint-Fleur', "D'Angelo", 'Wiśniewska'), (name) => {
        const key = normalizeLastName(name);
        expect(normalizeLastName(name.toLowerCase())).toBe(key);
        expect(normalizeLastName(name.toUpperCase())).toBe(key);
        expect(normalizeLastName(name.normalize('NFD'))).toBe(key);
        expect(normalizeLastName(name.replace(/[\s'-]/g, ''))).toBe(key);
      }),
    );
  });
});

describe('lastNameMatchKeys', () => {
  it.each([
    ['García-López', ['GARCIALOPEZ', 'GARCIA']],
    ['García López', ['GARCIALOPEZ', 'GARCIA']],
    ['García y López', ['GARCIAYLOPEZ', 'GARCIALOPEZ', 'GARCIA']],
    ['de la Cruz', ['DELACRUZ', 'CRUZ']],
    ['De La Cruz', ['DELACRUZ', 'CRUZ']],
    ['Dela Cruz', ['DELACRUZ', 'CRUZ']],
    ['de la Cruz Hernández', ['DELACRUZHERNANDEZ', 'CRUZHERNANDEZ', 'DELACRUZ', 'CRUZ']],
    ['Pereira da Silva', ['PEREIRADASILVA', 'PEREIRASILVA', 'PEREIRA']],
    ['dos Santos', ['DOSSANTOS', 'SANTOS']],
    ['Al-Rashid', ['ALRASHID', 'RASHID']],
    ['van der Berg', ['VANDERBERG', 'BERG']],
    ['Saint-Louis', ['SAINTLOUIS']],
    ['San Martín López', ['SANMARTINLOPEZ', 'SANMARTIN']],
    ['Jean-Baptiste', ['JEANBAPTISTE', 'JEAN']],
    ['Le', ['LE']],
    ['Le-Nguyen', ['LENGUYEN', 'LE']],
    ['Do', ['DO']],
    ['De La', ['DELA']],
    ['Nguyễn', ['NGUYEN']],
    ["D'Angelo", ['DANGELO']],
    ['', []],
    ['  ', []],
  ])('%j → %j', (input, expected) => {
    expect(lastNameMatchKeys(input)).toEqual(expected);
  });

  it('always starts with the full normalized name, has no duplicates or empty keys, and every key is already normalized', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const keys = lastNameMatchKeys(s);
        if (normalizeLastName(s) === '') expect(keys).toEqual([]);
        else expect(keys[0]).toBe(normalizeLastName(s));
        expect(new Set(keys).size).toBe(keys.length);
        for (const k of keys) {
          expect(k).not.toBe('');
          expect(normalizeLastName(k)).toBe(k);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('matches whatever spelling of the full name a person types', () => {
    const keys = lastNameMatchKeys('García-López');
    for (const typed of ['garcia lopez', 'GARCIA-LOPEZ', 'García López', 'garcialopez', 'Garcia']) {
      expect(keys).toContain(normalizeLastName(typed));
    }
    expect(keys).not.toContain(normalizeLastName('López'));
  });
});

describe('normalizeZip', () => {
  it.each([
    ['12345', '12345'],
    [' 02128 ', '02128'],
    ['12345-6789', '12345'],
    ['123456789', '12345'],
    ['00501', '00501'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeZip(input)).toBe(expected);
  });

  it.each(['', '1234', '123456', '12345-678', '12345 6789', 'ABCDE', '00000', '12345-', '１２３４５'])('rejects %j', (input) => {
    expect(normalizeZip(input)).toBeNull();
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (s) => {
        const once = normalizeZip(s);
        if (once !== null) expect(normalizeZip(once)).toBe(once);
      }),
    );
  });
});

describe('normalizeEmail', () => {
  it.each([
    ['Maria.Garcia@Example.com', 'maria.garcia@example.com'],
    ['  jose+irs@example.org ', 'jose+irs@example.org'],
    ["o'brien@example.net", "o'brien@example.net"],
    ['user@sub.example.co.uk', 'user@sub.example.co.uk'],
    ['user@xn--bcher-kva.example', 'user@xn--bcher-kva.example'],
    ['user@example.xn--p1ai', 'user@example.xn--p1ai'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeEmail(input)).toBe(expected);
  });

  it.each([
    '',
    'plainaddress',
    '@example.com',
    'user@',
    'user@localhost',
    'user@example',
    'user@example.c',
    'user@.example.com',
    'user@example..com',
    'user@-example.com',
    'user@example-.com',
    '.user@example.com',
    'user.@example.com',
    'us..er@example.com',
    'user@@example.com',
    'us er@example.com',
    '"user"@example.com',
    'user@[192.168.0.1]',
    'josé@example.com',
    'user@exämple.com',
    `${'a'.repeat(65)}@example.com`,
    `user@${'a'.repeat(250)}.com`,
  ])('rejects %j', (input) => {
    expect(normalizeEmail(input)).toBeNull();
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (s) => {
        const once = normalizeEmail(s);
        if (once !== null) expect(normalizeEmail(once)).toBe(once);
      }),
    );
  });
});

describe('normalizePhone', () => {
  it.each([
    ['(213) 555-0142', '+12135550142'],
    ['213-555-0142', '+12135550142'],
    ['213.555.0142', '+12135550142'],
    ['2135550142', '+12135550142'],
    ['1 213 555 0142', '+12135550142'],
    ['+1 (213) 555-0142', '+12135550142'],
    ['+12135550142', '+12135550142'],
    [' 213 555 0142 ', '+12135550142'],
  ])('%j → %j', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    ['555-0142', 'seven digits'],
    ['113-555-0142', 'area code starting with 1'],
    ['013-555-0142', 'area code starting with 0'],
    ['213-155-0142', 'exchange starting with 1'],
    ['+44 20 7946 0958', 'another country'],
    ['+2135550142', 'plus without country code'],
    ['2 1+3 555 0142', 'plus in the middle'],
    ['213-555-0142 x12', 'an extension'],
    ['213-555-01422', 'eleven digits not starting with 1'],
    ['１２１３５５５０１４２', 'full-width digits'],
  ])('rejects %j (%s)', (input) => {
    expect(normalizePhone(input)).toBeNull();
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^(\+1 ?|1 ?)?(\([2-9][0-9]{2}\) ?|[2-9][0-9]{2}[ .-]?)[2-9][0-9]{2}[ .-]?[0-9]{4}$/), (s) => {
        const once = normalizePhone(s);
        expect(once).not.toBeNull();
        expect(normalizePhone(once!)).toBe(once);
      }),
    );
  });
});
