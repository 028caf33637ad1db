import { describe, expect, it } from 'vitest';
import { checkVerifier, makeVerifier } from '../../../../src-main/core/accounts/verifier.ts';

describe('offline unlock verifier', () => {
  it('checks the password without keeping it, salted afresh each time', async () => {
    const verifier = await makeVerifier('Passw0rd!2026');
    expect(verifier).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(verifier).not.toContain('Passw0rd');
    expect(await checkVerifier('Passw0rd!2026', verifier)).toBe(true);
    expect(await checkVerifier('passw0rd!2026', verifier)).toBe(false);
    expect(await makeVerifier('Passw0rd!2026')).not.toBe(verifier);
  });

  it('refuses a verifier it cannot read', async () => {
    expect(await checkVerifier('x', 'plain$text')).toBe(false);
  });
});
