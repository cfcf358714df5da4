import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { Placeholder } from '../../../../shared/domain/content';
import { unknownPlaceholders } from '../../../../shared/domain/editing';
import type { ContentLanguage, Resolved } from '../../../../shared/domain/localized-content';
import { FallbackMarker } from '../../../ui/components/FallbackMarker';
import { languageInfo } from '../../../i18n/languages';
import { MissingLanguages } from './MissingLanguages';
import { PlaceholderMenu } from './PlaceholderMenu';

export type LanguageTextFieldProps = {
  label: string;
  text: string;
  onText: (text: string) => void;
  /** The language being written: decides the input's direction, whatever the UI language. */
  language: ContentLanguage;
  /** What the agent sees while this language is empty. */
  fallback: Resolved<string> | null;
  missing: readonly ContentLanguage[];
  multiline?: boolean;
  /** Offers the placeholder menu and flags unknown placeholders. */
  placeholders?: boolean;
  required?: boolean;
  error?: string | null;
  hint?: string;
  testId?: string;
};

/** One text in one content language, with its missing languages and fallback shown. */
export function LanguageTextField({
  label,
  text,
  onText,
  language,
  fallback,
  missing,
  multiline,
  placeholders,
  required,
  error,
  hint,
  testId,
}: LanguageTextFieldProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);
  const unknown = placeholders ? unknownPlaceholders(text) : [];
  const message =
    error ??
    (unknown.length
      ? t('editors.placeholder.unknown', { names: unknown.map((p) => `{${p}}`).join(', ') })
      : null);

  const insert = (p: Placeholder) => {
    const el = ref.current;
    const token = `{${p}}`;
    const start = el?.selectionStart ?? text.length;
    const end = el?.selectionEnd ?? start;
    onText(text.slice(0, start) + token + text.slice(end));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  const showFallback = !text.trim() && fallback && fallback.language !== language;
  return (
    <Box>
      <TextField
        fullWidth
        size="small"
        label={label}
        value={text}
        onChange={(e) => onText(e.target.value)}
        multiline={multiline}
        minRows={multiline ? 2 : undefined}
        required={required}
        error={!!message}
        helperText={message ?? hint}
        placeholder={showFallback ? fallback.value : undefined}
        inputRef={ref}
        slotProps={{
          htmlInput: {
            dir: languageInfo(language).dir,
            lang: language,
            'data-testid': testId,
          },
          input: placeholders
            ? {
                endAdornment: (
                  <InputAdornment position="end" sx={{ alignSelf: 'flex-start', mt: 1.5 }}>
                    <PlaceholderMenu
                      onInsert={insert}
                      testId={testId ? `${testId}-placeholder` : undefined}
                    />
                  </InputAdornment>
                ),
              }
            : undefined,
        }}
      />
      {(showFallback || missing.length > 0) && (
        <Stack direction="row" sx={{ gap: 0.5, mt: 0.5, flexWrap: 'wrap', alignItems: 'center' }}>
          {showFallback && <FallbackMarker language={fallback.language} />}
          <MissingLanguages missing={missing} />
        </Stack>
      )}
    </Box>
  );
}
