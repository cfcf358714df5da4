// What to tell the administrator when a request to the server fails, in their language.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { NetworkError, SyncHttpError } from '../../../sync/errors';

export function useRequestErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (error instanceof NetworkError) return t('phoneAdmin.error.unreachable');
      if (error instanceof SyncHttpError) {
        if (error.code === 'sipUserTaken') return t('phoneAdmin.error.sipUserTaken');
        if (error.status === 403) return t('phoneAdmin.error.forbidden');
        if (error.status === 404) return t('phoneAdmin.error.notFound');
        // The server names the field: "settings.wssUrl: must be a wss:// address…".
        if (error.status === 400)
          return t('phoneAdmin.error.refused', { message: `\u2068${error.message}\u2069` });
      }
      const message = error instanceof Error ? error.message : String(error);
      return t('phoneAdmin.error.failed', { message: `\u2068${message}\u2069` });
    },
    [t],
  );
}
