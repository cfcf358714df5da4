// The link an invitation or reset e-mail carries: `#/set-password?token=…&lang=…` on the server's
// address (the web client). Read once at start: the desk then replaces the hash with its area,
// so the token leaves the address bar and the history.
import { SET_PASSWORD_HASH } from '../../../shared/accounts/protocol';
import { isLanguage, type Language } from '../../i18n/languages';

export type SetPasswordLink = { token: string; lang: Language | null };

export function readSetPasswordLink(hash: string): SetPasswordLink | null {
  if (!hash.startsWith(`${SET_PASSWORD_HASH}?`)) return null;
  const params = new URLSearchParams(hash.slice(SET_PASSWORD_HASH.length + 1));
  const token = params.get('token');
  if (!token || !/^[A-Za-z0-9_-]{20,200}$/.test(token)) return null;
  const lang = params.get('lang');
  return { token, lang: lang && isLanguage(lang) ? lang : null };
}
