import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';

export type CallNotesProps = {
  value: string;
  onChange: (value: string) => void;
  /** The notes already on the lead, shown under the field. */
  leadNotes: string | null | undefined;
  inputRef: RefObject<HTMLTextAreaElement | null>;
};

/** This call's notes (saved with the outcome), above what earlier calls noted. */
export function CallNotes({ value, onChange, leadNotes, inputRef }: CallNotesProps) {
  const { t } = useTranslation();
  return (
    <Paper sx={{ p: 2 }}>
      <TextField
        inputRef={inputRef}
        label={t('call.notes')}
        multiline
        minRows={3}
        fullWidth
        value={value}
        onChange={(e) => onChange(e.target.value)}
        slotProps={{ htmlInput: { 'data-testid': 'call-notes' } }}
      />
      {leadNotes && (
        <Typography
          dir="auto"
          variant="body2"
          color="text.secondary"
          sx={{ mt: 1, whiteSpace: 'pre-line' }}
        >
          {leadNotes}
        </Typography>
      )}
    </Paper>
  );
}
