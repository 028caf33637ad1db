import { describe, expect, it } from 'vitest';
import {
  checkOrganizationCode,
  checkSocialCreditCode,
  checkUnitCode,
  organizationCodeCheckCharacter,
  socialCreditCodeCheckCharacter,
} from '../../../src-shared/domain/index.ts';

/** Codes published by the companies themselves (business licences, annual reports). */
const PUBLISHED = [
  { code: '914403001922038216', organizationCode: '192203821', regionCode: '440300' }, // 华为技术有限公司
  { code: '91330100716105852F', organizationCode: '716105852', regionCode: '330100' }, // 阿里巴巴（中国）有限公司
  { code: '9144030071526726XG', organizationCode: '71526726X', regionCode: '440300' }, // 深圳市腾讯计算机系统有限公司
  { code: '91110000802100433B', organizationCode: '802100433', regionCode: '110000' }, // 北京百度网讯科技有限公司
];

describe('unified social credit code (GB 32100-2015)', () => {
  it.each(PUBLISHED)('accepts $code', ({ code, organizationCode, regionCode }) => {
    expect(checkSocialCreditCode(code)).toEqual({
      ok: true,
      value: code,
      regionCode,
      organizationCode,
      category: '企业',
    });
  });

  it('embeds a valid old organisation code in characters 9 to 17', () => {
    for (const { organizationCode } of PUBLISHED)
      expect(checkOrganizationCode(organizationCode).ok).toBe(true);
  });

  it('rejects every wrong check character', () => {
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    for (const { code } of PUBLISHED) {
      const body = code.slice(0, 17);
      expect(socialCreditCodeCheckCharacter(body)).toBe(code[17]);
      const wrong = [...alphabet].filter((c) => c !== code[17]);
      for (const c of wrong)
        expect(checkSocialCreditCode(body + c)).toMatchObject({ ok: false, reason: 'checksum' });
    }
  });

  it('rejects letters outside the alphabet and wrong lengths as format errors', () => {
    for (const bad of [
      '91440300192203821I',
      '91440300192203821O',
      '9144030019220382',
      '9144030019220382161',
      '',
    ]) {
      expect(checkSocialCreditCode(bad)).toMatchObject({ ok: false, reason: 'format' });
    }
  });

  it('accepts lowercase input and names the organisation category', () => {
    expect(checkSocialCreditCode('9144030071526726xg')).toMatchObject({
      ok: true,
      value: '9144030071526726XG',
    });
  });
});

describe('organisation code (GB 11714-1997)', () => {
  it('accepts published codes with or without the hyphen', () => {
    expect(checkOrganizationCode('19220382-1')).toEqual({
      ok: true,
      value: '192203821',
      display: '19220382-1',
    });
    expect(checkOrganizationCode('71526726X')).toEqual({
      ok: true,
      value: '71526726X',
      display: '71526726-X',
    });
  });

  it('maps check values 10 and 11 to X and 0', () => {
    expect(organizationCodeCheckCharacter('71526726')).toBe('X');
    const zeroCase = findBodyWithCheck('0');
    expect(checkOrganizationCode(zeroCase + '0').ok).toBe(true);
  });

  it('rejects a wrong check character', () => {
    for (const bad of ['19220382-2', '71526726-1', '80210043-X']) {
      expect(checkOrganizationCode(bad)).toMatchObject({ ok: false, reason: 'checksum' });
    }
  });

  it('rejects malformed codes', () => {
    for (const bad of ['1922038-1', '19220382-A', '1922#382-1', '']) {
      expect(checkOrganizationCode(bad)).toMatchObject({ ok: false, reason: 'format' });
    }
  });
});

describe('unit code (either kind)', () => {
  it('tells the two kinds apart', () => {
    expect(checkUnitCode('914403001922038216')).toEqual({
      ok: true,
      kind: 'socialCreditCode',
      value: '914403001922038216',
    });
    expect(checkUnitCode('19220382-1')).toEqual({ ok: true, kind: 'organizationCode', value: '192203821' });
    expect(checkUnitCode('914403001922038217')).toMatchObject({ ok: false, reason: 'checksum' });
    expect(checkUnitCode('12345')).toMatchObject({ ok: false, reason: 'format' });
  });
});

function findBodyWithCheck(check: string): string {
  for (let n = 10000000; ; n++) {
    const body = String(n);
    if (organizationCodeCheckCharacter(body) === check) return body;
  }
}
