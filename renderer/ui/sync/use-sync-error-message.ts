// One translated sentence for any sign-in or sync failure: the server's stable error codes, the
// network, a bad address. Rate limits say how long to wait, in the reader's language and digits.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { NetworkError, SyncHttpError } from '../../sync/errors';

const KNOWN = [
  'badCredentials',
  'tooManyAttempts',
  'userDisabled',
  'severalAccounts',
  'sessionExpired',
  'sessionEnded',
  'tokenExpired',
  'upgradeRequired',
  'invalidRequest',
  'unreachable',
  'serverUrlInvalid',
  // Call recordings (issue 13): the server's disk is full; a recording is still uploading.
  'storageFull',
  'notUploaded',
] as const;
type Known = (typeof KNOWN)[number];

/** The error code the desk shows a message for. */
export function syncErrorCode(error: unknown): string {
  if (error instanceof SyncHttpError) {
    if (error.status === 426) return 'upgradeRequired';
    if (error.status === 429) return 'tooManyAttempts';
    if (error.status === 507) return 'storageFull';
    if (error.status >= 500) return 'unreachable';
    return error.code;
  }
  if (error instanceof NetworkError) return 'unreachable';
  if (error instanceof TypeError) return 'serverUrlInvalid';
  return 'unknown';
}

export function useSyncErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return useCallback(
    (error: unknown) => {
      const code = typeof error === 'string' ? error : syncErrorCode(error);
      if (code === 'tooManyAttempts') {
        const ms = error instanceof SyncHttpError ? (error.retryAfterMs ?? 60_000) : 60_000;
        const seconds = Math.max(1, Math.ceil(ms / 1000));
        const wait =
          seconds < 90
            ? t('sync.wait.seconds', { count: seconds, n: format.number(seconds) })
            : t('sync.wait.minutes', {
                count: Math.ceil(seconds / 60),
                n: format.number(Math.ceil(seconds / 60)),
              });
        return t('sync.errors.tooManyAttempts', { wait });
      }
      if ((KNOWN as readonly string[]).includes(code)) return t(`sync.errors.${code as Known}`);
      return t('sync.errors.unknown', { code });
    },
    [t, format],
  );
}
