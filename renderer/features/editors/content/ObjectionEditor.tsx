import { useTranslation } from 'react-i18next';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import {
  OBJECTION_CATEGORIES,
  type ObjectionCard,
  type ObjectionCategory,
} from '../../../../shared/domain/content';
import type { EditIssue } from '../../../../shared/domain/editing';
import type { ContentLanguage } from '../../../../shared/domain/localized-content';
import { LocalizedField } from '../components/LocalizedField';
import { LocalizedLinesField } from '../components/LocalizedLinesField';

export type ObjectionEditorProps = {
  value: ObjectionCard;
  onChange: (card: ObjectionCard) => void;
  language: ContentLanguage;
  orgDefault: ContentLanguage;
  issues: readonly EditIssue[];
};

/** An objection card: its category, what the customer says, and the answers (one per line). */
export function ObjectionEditor({ value, onChange, language, orgDefault }: ObjectionEditorProps) {
  const { t } = useTranslation();
  const common = { language, orgDefault };
  return (
    <Stack sx={{ gap: 2 }}>
      <TextField
        select
        size="small"
        label={t('editors.objection.category')}
        value={value.category}
        onChange={(e) => onChange({ ...value, category: e.target.value as ObjectionCategory })}
      >
        {OBJECTION_CATEGORIES.map((c) => (
          <MenuItem key={c} value={c}>
            {t(`objections.category.${c}`)}
          </MenuItem>
        ))}
      </TextField>
      <LocalizedField
        {...common}
        label={t('editors.objection.title')}
        value={value.title}
        onChange={(title) => onChange({ ...value, title })}
        required
        testId="objection-title"
      />
      <LocalizedField
        {...common}
        label={t('editors.objection.objection')}
        value={value.objection}
        onChange={(objection) => onChange({ ...value, objection })}
        multiline
        required
        testId="objection-text"
      />
      <LocalizedLinesField
        {...common}
        label={t('editors.objection.responses')}
        value={value.responses}
        onChange={(responses) => onChange({ ...value, responses })}
        placeholders
        required
        testId="objection-responses"
      />
    </Stack>
  );
}
