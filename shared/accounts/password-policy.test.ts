import { describe, expect, it } from 'vitest';
import { COMMON_PASSWORDS } from './common-passwords';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem } from './password-policy';

const owner = { email: 'ayse.demir@firma.example', displayName: 'Ayşe Demir' };
const check = (pw: string) => passwordProblem(pw, owner, COMMON_PASSWORDS);

describe('the password policy', () => {
  it('takes a long, personal passphrase', () => {
    expect(check('kırmızı bisiklet 42')).toBeNull();
    expect(check('سبعة جبال خضراء')).toBeNull();
  });

  it('counts characters as people do: ten Arabic letters or emoji are ten', () => {
    expect(check('ا'.repeat(MIN_PASSWORD_LENGTH - 1))).toBe('passwordTooShort');
    expect(check('😀'.repeat(MIN_PASSWORD_LENGTH))).toBeNull();
    expect(check('x'.repeat(MAX_PASSWORD_LENGTH))).toBeNull();
    expect(check('x'.repeat(MAX_PASSWORD_LENGTH + 1))).toBe('passwordTooLong');
  });

  it('refuses the e-mail address, or a password built on its name part', () => {
    expect(check('AYSE.DEMIR@firma.example')).toBe('passwordIsEmail');
    expect(check('aysedemir2026!')).toBe('passwordIsEmail');
  });

  it('refuses the display name, whatever its spacing and case', () => {
    const p = (pw: string) =>
      passwordProblem(pw, { email: 'x1@firma.example', displayName: 'Ayşe Demir' }, null);
    expect(p('ayşe demir 1990')).toBe('passwordIsName');
    expect(p('AyşeDemir!!!')).toBe('passwordIsName');
  });

  it('refuses well-known passwords in any case, and leaves that to the server without the list', () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThan(1000);
    for (const pw of ['password123', 'qwertyuiop', '1234567890', 'Iloveyou12']) {
      expect(check(pw), pw).toBe('passwordTooCommon');
      expect(passwordProblem(pw, owner, null), pw).toBeNull();
    }
  });
});
