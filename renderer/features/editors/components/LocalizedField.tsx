import {
  resolveLocalized,
  type ContentLanguage,
  type Localized,
} from '../../../../shared/domain/localized-content';
import { missingLanguages } from '../../../../shared/domain/editing';
import { LanguageTextField } from './LanguageTextField';

export type LocalizedFieldProps = {
  label: string;
  value: Localized<string> | undefined;
  onChange: (value: Localized<string>) => void;
  language: ContentLanguage;
  orgDefault: ContentLanguage;
  multiline?: boolean;
  placeholders?: boolean;
  required?: boolean;
  error?: string | null;
  testId?: string;
};

/** A text written per language (a name, a title, a coaching note), edited in one language. */
export function LocalizedField({
  value,
  onChange,
  language,
  orgDefault,
  ...rest
}: LocalizedFieldProps) {
  const own = value?.[language] ?? '';
  return (
    <LanguageTextField
      {...rest}
      text={own}
      onText={(text) => onChange({ ...value, [language]: text })}
      language={language}
      fallback={resolveLocalized(value ?? {}, language, orgDefault)}
      missing={missingLanguages(value)}
    />
  );
}
