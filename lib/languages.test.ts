import { describe, expect, it } from 'vitest';
import { findLanguageCode, isLanguageCode, languageCodes, languageDirection, languages } from './languages';

describe('languages', () => {
  it('are English plus the 20 Schedule LEP languages of facts.md', () => {
    expect(languageCodes).toHaveLength(21);
    expect(new Set(languageCodes).size).toBe(21);
    const lep = languageCodes.filter((c) => c !== 'en').map((c) => languages[c].englishName);
    expect(lep).toEqual([
      'Spanish',
      'Korean',
      'Vietnamese',
      'Russian',
      'Arabic',
      'Haitian Creole',
      'Tagalog',
      'Portuguese',
      'Polish',
      'Farsi',
      'French',
      'Japanese',
      'Gujarati',
      'Punjabi',
      'Khmer',
      'Urdu',
      'Bengali',
      'Italian',
      'Chinese (Traditional)',
      'Chinese (Simplified)',
    ]);
  });

  it('describe themselves consistently', () => {
    for (const code of languageCodes) {
      expect(languages[code].code).toBe(code);
      expect(languages[code].endonym.length).toBeGreaterThan(0);
      // Valid BCP-47 tags that Intl understands. CLDR aliases Tagalog "tl" to Filipino "fil";
      // "tl" is kept because it is what the IRS list names, so Intl may report "fil" back.
      expect(Intl.getCanonicalLocales(code)).toEqual([code === 'tl' ? 'fil' : code]);
    }
  });

  it('write endonyms in their own script', () => {
    const scriptOf: Partial<Record<string, RegExp>> = {
      ko: /\p{Script=Hangul}/u,
      ru: /\p{Script=Cyrillic}/u,
      ar: /\p{Script=Arabic}/u,
      fa: /\p{Script=Arabic}/u,
      ur: /\p{Script=Arabic}/u,
      ja: /\p{Script=Han}/u,
      gu: /\p{Script=Gujarati}/u,
      pa: /\p{Script=Gurmukhi}/u,
      km: /\p{Script=Khmer}/u,
      bn: /\p{Script=Bengali}/u,
      'zh-Hant': /\p{Script=Han}/u,
      'zh-Hans': /\p{Script=Han}/u,
    };
    for (const [code, script] of Object.entries(scriptOf)) {
      expect(languages[code as keyof typeof languages].endonym).toMatch(script!);
    }
    expect(languages['zh-Hant'].endonym).toContain('繁體');
    expect(languages['zh-Hans'].endonym).toContain('简体');
  });

  it('are right to left exactly for Arabic, Farsi and Urdu', () => {
    expect(languageCodes.filter((c) => languageDirection(c) === 'rtl')).toEqual(['ar', 'fa', 'ur']);
    expect(languageDirection('pa')).toBe('ltr');
    expect(languageDirection('en')).toBe('ltr');
  });

  it('recognizes codes exactly, and finds them case-insensitively for imports', () => {
    expect(isLanguageCode('zh-Hant')).toBe(true);
    expect(isLanguageCode('zh-hant')).toBe(false);
    expect(isLanguageCode('zh')).toBe(false);
    expect(isLanguageCode('uk')).toBe(false);
    expect(isLanguageCode(undefined)).toBe(false);
    expect(isLanguageCode(7)).toBe(false);
    expect(findLanguageCode(' ZH-HANT ')).toBe('zh-Hant');
    expect(findLanguageCode('zh_hans')).toBe('zh-Hans');
    expect(findLanguageCode('ES')).toBe('es');
    expect(findLanguageCode('Spanish')).toBeNull();
    expect(findLanguageCode('')).toBeNull();
  });

  it('carry the Schedule LEP codes in the order facts.md lists them, English as 000', () => {
    expect(languageCodes.map((c) => languages[c].lepCode)).toEqual(Array.from({ length: 21 }, (_, i) => String(i).padStart(3, '0')));
    expect(languages.es.lepCode).toBe('001');
    expect(languages.ar.lepCode).toBe('005');
    expect(languages.ur.lepCode).toBe('016');
    expect(languages['zh-Hant'].lepCode).toBe('019');
    expect(languages['zh-Hans'].lepCode).toBe('020');
  });

  it('find a language by its Schedule LEP code, with or without leading zeros', () => {
    expect(findLanguageCode('001')).toBe('es');
    expect(findLanguageCode('20')).toBe('zh-Hans');
    expect(findLanguageCode(' 014 ')).toBe('pa');
    expect(findLanguageCode('000')).toBe('en');
    expect(findLanguageCode('021')).toBeNull();
    expect(findLanguageCode('1234')).toBeNull();
  });

  it('give Intl a locale it supports, with the plural rules of the language', () => {
    for (const code of languageCodes) {
      const { intlLocale } = languages[code];
      if (code === 'ht') continue; // no ICU data in Node: lib/intl-dates.ts handles it (tested there)
      expect(Intl.PluralRules.supportedLocalesOf([intlLocale])).toHaveLength(1);
      expect(Intl.DateTimeFormat.supportedLocalesOf([intlLocale])).toHaveLength(1);
    }
    expect(new Intl.PluralRules(languages.ar.intlLocale).resolvedOptions().pluralCategories).toHaveLength(6);
  });

  it('give Urdu its Nastaliq stack and every other script a stack of its own', () => {
    expect(languages.ur.font).toBe('nastaliq');
    expect(languages.ar.font).toBe('arabic');
    expect(languages.ja.font).not.toBe(languages['zh-Hans'].font);
    expect(languages['zh-Hant'].font).not.toBe(languages['zh-Hans'].font);
  });
});
