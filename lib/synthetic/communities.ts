// The communities the synthetic people come from, how many of them there are
// relative to each other, which languages they tend to prefer, and how their
// surnames are built. The weights are a rough picture of the ITIN-holding
// and mixed-status population (mostly Mexican and Central American), not
// statistics about the actual disclosure.

import type { LanguageCode } from '../languages';
import {
  brazilianNames,
  centralAmericanNames,
  colombianNames,
  dominicanNames,
  haitianNames,
  mexicanNames,
  type NamePool,
  venezuelanNames,
} from './names-americas';
import {
  arabicNames,
  bangladeshiNames,
  cambodianNames,
  chineseNames,
  filipinoNames,
  gujaratiNames,
  iranianNames,
  italianNames,
  japaneseNames,
  koreanNames,
  pakistaniNames,
  polishNames,
  punjabiNames,
  russianUkrainianNames,
  vietnameseNames,
  westAfricanNames,
} from './names-world';
import { pickSkewed, type Random } from './prng';

export type Sex = 'female' | 'male';

/** How a community's surnames are put together (see buildSurname). */
export type SurnameStyle = 'hispanic' | 'portuguese' | 'slavic' | 'polish' | 'sikh' | 'plain';

export interface Community {
  id: string;
  weight: number;
  names: NamePool;
  surnameStyle: SurnameStyle;
  /** Preferred language of correspondence and its relative weight. */
  languages: readonly (readonly [LanguageCode, number])[];
}

export const communities: readonly Community[] = [
  {
    id: 'mx',
    weight: 36,
    names: mexicanNames,
    surnameStyle: 'hispanic',
    languages: [
      ['es', 62],
      ['en', 38],
    ],
  },
  {
    id: 'cam',
    weight: 20,
    names: centralAmericanNames,
    surnameStyle: 'hispanic',
    languages: [
      ['es', 76],
      ['en', 24],
    ],
  },
  {
    id: 'dr',
    weight: 4,
    names: dominicanNames,
    surnameStyle: 'hispanic',
    languages: [
      ['es', 66],
      ['en', 34],
    ],
  },
  {
    id: 'co',
    weight: 3,
    names: colombianNames,
    surnameStyle: 'hispanic',
    languages: [
      ['es', 68],
      ['en', 32],
    ],
  },
  {
    id: 've',
    weight: 4,
    names: venezuelanNames,
    surnameStyle: 'hispanic',
    languages: [
      ['es', 76],
      ['en', 24],
    ],
  },
  {
    id: 'br',
    weight: 3,
    names: brazilianNames,
    surnameStyle: 'portuguese',
    languages: [
      ['pt', 64],
      ['en', 31],
      ['es', 5],
    ],
  },
  {
    id: 'ht',
    weight: 3,
    names: haitianNames,
    surnameStyle: 'plain',
    languages: [
      ['ht', 58],
      ['fr', 15],
      ['en', 27],
    ],
  },
  {
    id: 'cn',
    weight: 5,
    names: chineseNames,
    surnameStyle: 'plain',
    languages: [
      ['zh-Hans', 45],
      ['zh-Hant', 22],
      ['en', 33],
    ],
  },
  {
    id: 'vn',
    weight: 2,
    names: vietnameseNames,
    surnameStyle: 'plain',
    languages: [
      ['vi', 64],
      ['en', 36],
    ],
  },
  {
    id: 'kr',
    weight: 2,
    names: koreanNames,
    surnameStyle: 'plain',
    languages: [
      ['ko', 62],
      ['en', 38],
    ],
  },
  {
    id: 'ph',
    weight: 3,
    names: filipinoNames,
    surnameStyle: 'plain',
    languages: [
      ['tl', 35],
      ['en', 65],
    ],
  },
  {
    id: 'pj',
    weight: 2,
    names: punjabiNames,
    surnameStyle: 'sikh',
    languages: [
      ['pa', 52],
      ['en', 48],
    ],
  },
  {
    id: 'gj',
    weight: 2,
    names: gujaratiNames,
    surnameStyle: 'plain',
    languages: [
      ['gu', 45],
      ['en', 55],
    ],
  },
  {
    id: 'bd',
    weight: 1,
    names: bangladeshiNames,
    surnameStyle: 'plain',
    languages: [
      ['bn', 60],
      ['en', 40],
    ],
  },
  {
    id: 'pk',
    weight: 1,
    names: pakistaniNames,
    surnameStyle: 'plain',
    languages: [
      ['ur', 55],
      ['en', 45],
    ],
  },
  {
    id: 'ru',
    weight: 2,
    names: russianUkrainianNames,
    surnameStyle: 'slavic',
    languages: [
      ['ru', 70],
      ['en', 30],
    ],
  },
  {
    id: 'pl',
    weight: 1,
    names: polishNames,
    surnameStyle: 'polish',
    languages: [
      ['pl', 62],
      ['en', 38],
    ],
  },
  {
    id: 'ar',
    weight: 1.5,
    names: arabicNames,
    surnameStyle: 'plain',
    languages: [
      ['ar', 64],
      ['en', 31],
      ['fr', 5],
    ],
  },
  {
    id: 'ir',
    weight: 0.6,
    names: iranianNames,
    surnameStyle: 'plain',
    languages: [
      ['fa', 64],
      ['en', 36],
    ],
  },
  {
    id: 'kh',
    weight: 0.6,
    names: cambodianNames,
    surnameStyle: 'plain',
    languages: [
      ['km', 60],
      ['en', 40],
    ],
  },
  {
    id: 'wa',
    weight: 1.5,
    names: westAfricanNames,
    surnameStyle: 'plain',
    languages: [
      ['fr', 64],
      ['en', 36],
    ],
  },
  {
    id: 'jp',
    weight: 0.3,
    names: japaneseNames,
    surnameStyle: 'plain',
    languages: [
      ['ja', 64],
      ['en', 36],
    ],
  },
  {
    id: 'it',
    weight: 0.3,
    names: italianNames,
    surnameStyle: 'plain',
    languages: [
      ['it', 62],
      ['en', 38],
    ],
  },
];

/** Russian -ov/-ev/-in and -sky take feminine endings; Ukrainian -enko, -uk, -yk do not change. */
function feminineSlavic(surname: string): string {
  if (/(ov|ev|in)$/.test(surname)) return `${surname}a`;
  if (surname.endsWith('sky')) return `${surname.slice(0, -3)}skaya`;
  return surname;
}

/** Polish -ski/-cki/-dzki become -ska/-cka/-dzka. */
function femininePolish(surname: string): string {
  return /(sk|ck|dzk)i$/.test(surname) ? `${surname.slice(0, -1)}a` : surname;
}

/**
 * Hispanic people commonly carry two surnames (paternal, then maternal), which
 * US paperwork writes with a space, a hyphen, or not at all; particles like
 * "de la" come with some. The mix exercises every path of lastNameMatchKeys.
 */
function hispanicSurname(random: Random, pool: NamePool): string {
  const first = (): string =>
    pool.particleSurnames && random.chance(0.06) ? random.pick(pool.particleSurnames) : pickSkewed(random, pool.surnames);
  const roll = random.next();
  if (roll < 0.55) return first();
  const second = pickSkewed(random, pool.surnames);
  if (roll < 0.85) return `${first()} ${second}`;
  if (roll < 0.97) return `${first()}-${second}`;
  return `${first()} y ${second}`;
}

function portugueseSurname(random: Random, pool: NamePool): string {
  const particle = (): string => random.pick(pool.particleSurnames ?? pool.surnames);
  const roll = random.next();
  if (roll < 0.4) return pickSkewed(random, pool.surnames);
  if (roll < 0.6) return particle();
  if (roll < 0.85) return `${pickSkewed(random, pool.surnames)} ${pickSkewed(random, pool.surnames)}`;
  return `${pickSkewed(random, pool.surnames)} ${particle()}`;
}

export function buildSurname(random: Random, community: Community, sex: Sex): string {
  const pool = community.names;
  switch (community.surnameStyle) {
    case 'hispanic':
      return hispanicSurname(random, pool);
    case 'portuguese':
      return portugueseSurname(random, pool);
    case 'slavic': {
      const surname = pickSkewed(random, pool.surnames);
      return sex === 'female' ? feminineSlavic(surname) : surname;
    }
    case 'polish': {
      const surname = pickSkewed(random, pool.surnames);
      return sex === 'female' ? femininePolish(surname) : surname;
    }
    case 'sikh':
      // Many Sikhs use Singh / Kaur as the surname, others the family name.
      if (random.chance(0.5)) return sex === 'female' ? 'Kaur' : 'Singh';
      return pickSkewed(random, pool.surnames);
    case 'plain':
      return pool.particleSurnames && random.chance(0.12) ? random.pick(pool.particleSurnames) : pickSkewed(random, pool.surnames);
  }
}

export function buildGivenName(random: Random, community: Community, sex: Sex): string {
  return pickSkewed(random, sex === 'female' ? community.names.female : community.names.male);
}
