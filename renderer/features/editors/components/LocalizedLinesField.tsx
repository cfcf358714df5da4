import { useTranslation } from 'react-i18next';
import {
  resolveLocalized,
  type ContentLanguage,
  type Localized,
} from '../../../../shared/domain/localized-content';
import { missingLanguages } from '../../../../shared/domain/editing';
import { LanguageTextField } from './LanguageTextField';

export type LocalizedLinesFieldProps = {
  label: string;
  value: Localized<string[]> | undefined;
  onChange: (value: Localized<string[]>) => void;
  language: ContentLanguage;
  orgDefault: ContentLanguage;
  placeholders?: boolean;
  required?: boolean;
  error?: string | null;
  testId?: string;
};

/** Lines written per language (script lines, responses, benefits): one per line of the box. */
export function LocalizedLinesField({
  value,
  onChange,
  language,
  orgDefault,
  ...rest
}: LocalizedLinesFieldProps) {
  const { t } = useTranslation();
  const resolved = resolveLocalized(value ?? {}, language, orgDefault);
  return (
    <LanguageTextField
      {...rest}
      multiline
      hint={t('editors.onePerLine')}
      text={(value?.[language] ?? []).join('\n')}
      onText={(text) => onChange({ ...value, [language]: text.split('\n') })}
      language={language}
      fallback={resolved && { ...resolved, value: resolved.value.join(' / ') }}
      missing={missingLanguages(value)}
    />
  );
}
