// The well-known passwords no one may choose: the ~49,000 most common passwords of public breach
// lists, as maintained by zxcvbn-ts (@zxcvbn-ts/language-common). Only those the length rule lets
// through are kept. The desk loads this file on demand (it is large); the server imports it.
import { dictionary } from '@zxcvbn-ts/language-common';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-policy';

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  dictionary['passwords-common']
    .filter((p) => p.length >= MIN_PASSWORD_LENGTH && p.length <= MAX_PASSWORD_LENGTH)
    .map((p) => p.toLowerCase()),
);
