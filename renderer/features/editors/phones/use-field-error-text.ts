// A form field's problem as a sentence in the user's language, its limits in the user's digits.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/use-format';
import type { FieldError } from './phone-form';

export function useFieldErrorText(): (error: FieldError | undefined) => string | undefined {
  const { t } = useTranslation();
  const format = useFormat();
  return useCallback(
    (error: FieldError | undefined) => {
      if (!error) return undefined;
      const { min, max } = error.params ?? {};
      return t(`phoneAdmin.invalid.${error.key}`, {
        ...(min !== undefined ? { min: format.number(min) } : {}),
        ...(max !== undefined ? { max: format.number(max) } : {}),
      });
    },
    [t, format],
  );
}
