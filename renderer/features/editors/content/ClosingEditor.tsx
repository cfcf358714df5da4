import { useTranslation } from 'react-i18next';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import {
  CLOSING_KINDS,
  type ClosingKind,
  type ClosingTechnique,
} from '../../../../shared/domain/content';
import type { EditIssue } from '../../../../shared/domain/editing';
import type { ContentLanguage } from '../../../../shared/domain/localized-content';
import { LocalizedField } from '../components/LocalizedField';
import { LocalizedLinesField } from '../components/LocalizedLinesField';

export type ClosingEditorProps = {
  value: ClosingTechnique;
  onChange: (technique: ClosingTechnique) => void;
  language: ContentLanguage;
  orgDefault: ContentLanguage;
  issues: readonly EditIssue[];
};

/** A closing technique: kind, name, how it works, and example lines to say. */
export function ClosingEditor({ value, onChange, language, orgDefault }: ClosingEditorProps) {
  const { t } = useTranslation();
  const common = { language, orgDefault };
  return (
    <Stack sx={{ gap: 2 }}>
      <TextField
        select
        size="small"
        label={t('editors.closing.kind')}
        value={value.kind}
        onChange={(e) => onChange({ ...value, kind: e.target.value as ClosingKind })}
      >
        {CLOSING_KINDS.map((k) => (
          <MenuItem key={k} value={k}>
            {t(`editors.closingKind.${k}`)}
          </MenuItem>
        ))}
      </TextField>
      <LocalizedField
        {...common}
        label={t('editors.closing.name')}
        value={value.name}
        onChange={(name) => onChange({ ...value, name })}
        required
        testId="closing-name"
      />
      <LocalizedField
        {...common}
        label={t('editors.closing.description')}
        value={value.description}
        onChange={(description) => onChange({ ...value, description })}
        multiline
        required
        testId="closing-description"
      />
      <LocalizedLinesField
        {...common}
        label={t('editors.closing.examples')}
        value={value.examples}
        onChange={(examples) => onChange({ ...value, examples })}
        placeholders
        testId="closing-examples"
      />
    </Stack>
  );
}
