// What to tell the person when an account call fails, in their language.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  PASSWORD_PROBLEMS,
  type PasswordProblem,
} from '../../../shared/accounts/password-policy';
import { PASSWORD_LINK_ERRORS } from '../../../shared/accounts/protocol';
import { NetworkError, SyncHttpError } from '../../sync/errors';

const isProblem = (code: string): code is PasswordProblem =>
  (PASSWORD_PROBLEMS as readonly string[]).includes(code);
const isLinkError = (code: string): code is (typeof PASSWORD_LINK_ERRORS)[number] =>
  (PASSWORD_LINK_ERRORS as readonly string[]).includes(code);

export function useAccountErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (error instanceof NetworkError) return t('accounts.error.unreachable');
      if (error instanceof SyncHttpError) {
        const code = error.code;
        if (isProblem(code)) {
          return t(`accounts.policy.${code}`, {
            min: MIN_PASSWORD_LENGTH,
            max: MAX_PASSWORD_LENGTH,
          });
        }
        if (isLinkError(code)) return t(`accounts.link.${code}`);
        if (code === 'userDisabled') return t('accounts.link.userDisabled');
        if (code === 'wrongPassword') return t('accounts.error.wrongPassword');
        if (error.status === 429) return t('accounts.error.tooMany');
        if (error.status === 403) return t('accounts.error.forbidden');
        if (error.status === 404) return t('accounts.error.notFound');
      }
      const message = error instanceof Error ? error.message : String(error);
      return t('accounts.error.failed', { message: `\u2068${message}\u2069` });
    },
    [t],
  );
}
