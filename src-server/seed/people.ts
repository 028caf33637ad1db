import { randomName } from './chinese-names.ts';
import { makeResidentId } from './identity-numbers.ts';
import { nativePlaceOf, randomCounty } from './places.ts';
import type { Prng } from './prng.ts';
import { sectorProfiles, type Sector } from './sector-profiles.ts';

/** A demo person, consistent throughout: the ID number encodes the birth date, gender and birthplace. */
export interface Person {
  name: string;
  /** GB/T 2261.1: '1' male, '2' female. */
  gender: '1' | '2';
  birthDate: string;
  idNumber: string;
  phone: string;
  email: string;
  ethnicity: string;
  nativePlace: string;
  school: string;
  major: string;
  education: string;
  titleLevel: string;
  titleName: string;
}

/** Hands out resident ID numbers never used before in this seed run. */
export interface IdNumberRegistry {
  issue(rng: Prng, addressCode: string, birthDate: string, male: boolean): string;
}

export function createIdNumberRegistry(): IdNumberRegistry {
  const used = new Set<string>();
  return {
    issue(rng, addressCode, birthDate, male) {
      for (;;) {
        // The sequence number's parity is the gender: odd for men.
        const idNumber = makeResidentId(addressCode, birthDate, rng.int(0, 499) * 2 + (male ? 1 : 0));
        if (!used.has(idNumber)) {
          used.add(idNumber);
          return idNumber;
        }
      }
    },
  };
}

const PHONE_PREFIXES = ['135', '136', '137', '138', '139', '150', '151', '155', '158', '176', '186', '189'];
const ETHNICITIES = [
  ['01', 94],
  ['03', 4],
  ['11', 1],
  ['02', 1],
] as const;
const EDUCATIONS = [
  ['11', 5],
  ['14', 25],
  ['21', 50],
  ['31', 15],
  ['41', 5],
] as const;
const TITLE_LEVELS = [
  [1, 5],
  [2, 15],
  [3, 35],
  [4, 35],
  [5, 10],
] as const;

const pad = (value: number) => String(value).padStart(2, '0');

/** Working age in 2026: born 1968–2003. */
function birthDateOf(rng: Prng): string {
  return `${rng.int(1968, 2003)}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
}

function randomPhone(rng: Prng): string {
  return `${rng.pick(PHONE_PREFIXES)}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
}

export interface PersonOptions {
  regionCode: string;
  sector: Sector;
  ids: IdNumberRegistry;
  /** Index of a rare character the given name must start with. */
  rare?: number;
}

export function makePerson(rng: Prng, options: PersonOptions): Person {
  const male = rng.chance(0.5);
  const birthDate = birthDateOf(rng);
  const addressCode = randomCounty(rng, options.regionCode);
  const { name, pinyin } = randomName(rng, male ? 'male' : 'female', options.rare);
  const profile = sectorProfiles[options.sector];
  const level = rng.weighted(TITLE_LEVELS);
  return {
    name,
    gender: male ? '1' : '2',
    birthDate,
    idNumber: options.ids.issue(rng, addressCode, birthDate, male),
    phone: randomPhone(rng),
    email: `${pinyin}${rng.int(10, 9999)}@example.com`,
    ethnicity: rng.weighted(ETHNICITIES),
    nativePlace: nativePlaceOf(addressCode),
    school: rng.pick(profile.schools),
    major: rng.pick(profile.majors),
    education: rng.weighted(EDUCATIONS),
    titleLevel: String(level),
    titleName: rng.pick(profile.titleSeries)[level - 1]!,
  };
}
