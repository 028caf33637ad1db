import { describe, expect, it } from 'vitest';
import { isEmail, isMobilePhone, normalizeMobilePhone } from '../../../src-shared/domain/index.ts';

describe('mobile phone', () => {
  it('accepts mainland mobile numbers, with or without the country code', () => {
    expect(normalizeMobilePhone('13812345678')).toBe('13812345678');
    expect(normalizeMobilePhone('+86 138-1234-5678')).toBe('13812345678');
    expect(normalizeMobilePhone('8619912345678')).toBe('19912345678');
  });

  it('rejects landlines, short numbers and unused prefixes', () => {
    for (const bad of ['037165432100', '1381234567', '12812345678', '23812345678', '1381234567a', '']) {
      expect(isMobilePhone(bad)).toBe(false);
    }
  });
});

describe('e-mail', () => {
  it('accepts ordinary addresses', () => {
    for (const good of ['zhang.san@example.com', 'hr+2026@henan.gov.cn', 'a_b-c@mail.zz.ha.cn']) {
      expect(isEmail(good)).toBe(true);
    }
  });

  it('rejects malformed addresses', () => {
    for (const bad of [
      'zhangsan',
      'a@b',
      '@example.com',
      'a..b@example.com',
      'a@-example.com',
      'a b@example.com',
      `${'x'.repeat(65)}@example.com`,
    ]) {
      expect(isEmail(bad)).toBe(false);
    }
  });
});
