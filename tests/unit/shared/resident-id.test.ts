import { describe, expect, it } from 'vitest';
import {
  checkResidentId,
  maskResidentId,
  residentIdCheckCharacter,
} from '../../../src-shared/domain/index.ts';

const TODAY = new Date(2026, 10, 28);

describe('resident ID (GB 11643-1999)', () => {
  it('accepts the examples published in the standard', () => {
    expect(checkResidentId('11010519491231002X', TODAY)).toEqual({
      ok: true,
      value: '11010519491231002X',
      birthDate: '1949-12-31',
      gender: 'female',
      addressCode: '110105',
    });
    expect(checkResidentId('440524188001010014', TODAY)).toMatchObject({ ok: true, gender: 'male' });
  });

  it('accepts a lowercase x and surrounding spaces and returns the canonical form', () => {
    expect(checkResidentId(' 11010519491231002x ', TODAY)).toMatchObject({
      ok: true,
      value: '11010519491231002X',
    });
  });

  it('computes the check character with weights modulo 11', () => {
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
    expect(residentIdCheckCharacter('44052418800101001')).toBe('4');
  });

  it('rejects a wrong check character', () => {
    for (const wrong of ['110105194912310021', '110105194912310029', '440524188001010015']) {
      expect(checkResidentId(wrong, TODAY)).toMatchObject({ ok: false, reason: 'checksum' });
    }
  });

  it('rejects impossible or future birth dates', () => {
    const withCheck = (first17: string) => first17 + residentIdCheckCharacter(first17);
    expect(checkResidentId(withCheck('41010520230229001'), TODAY)).toMatchObject({ reason: 'birthDate' });
    expect(checkResidentId(withCheck('41010520241301001'), TODAY)).toMatchObject({ reason: 'birthDate' });
    expect(checkResidentId(withCheck('41010520271201001'), TODAY)).toMatchObject({ reason: 'birthDate' });
    expect(checkResidentId(withCheck('41010520240229001'), TODAY)).toMatchObject({
      ok: true,
      birthDate: '2024-02-29',
    });
  });

  it('rejects an unknown province prefix but keeps abolished county codes', () => {
    const withCheck = (first17: string) => first17 + residentIdCheckCharacter(first17);
    expect(checkResidentId(withCheck('99010519800101001'), TODAY)).toMatchObject({ reason: 'province' });
    expect(checkResidentId(withCheck('41272219800101001'), TODAY)).toMatchObject({ ok: true });
  });

  it('rejects wrong lengths and characters', () => {
    for (const bad of [
      '',
      '41010519800101001',
      '4101051980010100123',
      '41010519800101001Y',
      '4101051980O101001X',
    ]) {
      expect(checkResidentId(bad, TODAY)).toMatchObject({ ok: false, reason: 'format' });
    }
  });

  it('masks the middle of the number', () => {
    expect(maskResidentId('11010519491231002X')).toBe('110105********002X');
  });
});
