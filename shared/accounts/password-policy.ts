// The password rule, the same on the desk (said while typing) and on the server (which decides):
// long enough, not absurdly long, not the person's e-mail or name, not a well-known password.

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;

/** What is wrong with a password; each has a message in en/ar/tr on the desk. */
export const PASSWORD_PROBLEMS = [
  'passwordTooShort',
  'passwordTooLong',
  'passwordIsEmail',
  'passwordIsName',
  'passwordTooCommon',
] as const;
export type PasswordProblem = (typeof PASSWORD_PROBLEMS)[number];

export type PasswordOwner = { email: string; displayName: string };

/** Lower case, without spaces, dots, dashes and underscores: "Ali.Veli" and "ali veli" match. */
const squash = (s: string) => s.toLowerCase().replace(/[\s._-]+/g, '');

/** Length in characters as a person counts them (an Arabic letter or an emoji is one). */
export const passwordLength = (password: string) => [...password].length;

/**
 * The first thing wrong with `password` for `owner`, or null when it may be used. `common` is the
 * list of well-known passwords (shared/accounts/common-passwords.ts, loaded lazily on the desk);
 * without it that check is left to the server.
 */
export function passwordProblem(
  password: string,
  owner: PasswordOwner,
  common: ReadonlySet<string> | null,
): PasswordProblem | null {
  const length = passwordLength(password);
  if (length < MIN_PASSWORD_LENGTH) return 'passwordTooShort';
  if (length > MAX_PASSWORD_LENGTH) return 'passwordTooLong';
  const pw = squash(password);
  const email = squash(owner.email);
  const local = squash(owner.email.split('@')[0] ?? '');
  if (pw === email || (local.length >= 4 && pw.includes(local))) return 'passwordIsEmail';
  const name = squash(owner.displayName);
  const parts = owner.displayName
    .split(/\s+/)
    .map(squash)
    .filter((p) => p.length >= 4);
  if ((name.length >= 4 && pw.includes(name)) || parts.some((p) => pw === p)) {
    return 'passwordIsName';
  }
  if (common && (common.has(password) || common.has(password.toLowerCase()))) {
    return 'passwordTooCommon';
  }
  return null;
}
