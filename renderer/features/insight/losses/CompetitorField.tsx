// "Which competitor?": where a lost or churn reason is 'competitor', the agent may name the
// competitor the lead went to — typed freely, with the names used before on this desk offered.
import { useTranslation } from 'react-i18next';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useNamedCompetitors } from './use-named-competitors';

/** Longest name the verbs take. */
export const COMPETITOR_MAX = 200;

export type CompetitorFieldProps = {
  value: string;
  onChange: (name: string) => void;
};

export function CompetitorField({ value, onChange }: CompetitorFieldProps) {
  const { t } = useTranslation();
  const known = useNamedCompetitors(true);
  return (
    <Autocomplete
      freeSolo
      options={known}
      inputValue={value}
      onInputChange={(_, v) => onChange(v.slice(0, COMPETITOR_MAX))}
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('insightLosses.competitorField.label')}
          helperText={t('insightLosses.competitorField.hint')}
          slotProps={{
            ...params.slotProps,
            htmlInput: {
              ...params.slotProps.htmlInput,
              maxLength: COMPETITOR_MAX,
              'data-testid': 'dialog-competitor',
            },
          }}
        />
      )}
    />
  );
}
