// What went wrong with a recordings or reviews request, in the desk's language.
import { useTranslation } from 'react-i18next';
import { NetworkError, SyncHttpError } from '../../sync/errors';

export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    if (error instanceof NetworkError) return t('callReview.error.network');
    if (error instanceof SyncHttpError) {
      if (error.status === 403) return t('callReview.error.forbidden');
      if (error.status === 404) return t('callReview.error.notFound');
      if (error.status === 400) return t('callReview.error.invalid', { detail: error.message });
      if (error.status === 401) return t('callReview.error.signedOut');
    }
    return t('callReview.error.other');
  };
}
