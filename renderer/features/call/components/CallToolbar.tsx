import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import QuizOutlinedIcon from '@mui/icons-material/QuizOutlined';
import { KeyCap } from '../../../ui/shortcuts/KeyCap';
import { CallTimer } from './CallTimer';

export type CallToolbarProps = { callStartedAt: number | null; onOpenObjections: () => void };

/** The call's running time and the button (or `o`) that opens the objection cards. */
export function CallToolbar({ callStartedAt, onOpenObjections }: CallToolbarProps) {
  const { t } = useTranslation();
  return (
    <Paper sx={{ p: 1.5, display: 'flex', alignItems: 'center', gap: 2 }}>
      <CallTimer startedAt={callStartedAt} />
      <Box sx={{ flexGrow: 1 }} />
      <Button
        variant="outlined"
        startIcon={<QuizOutlinedIcon />}
        endIcon={<KeyCap keyName="o" />}
        onClick={onOpenObjections}
        data-testid="open-objections"
      >
        {t('objections.title')}
      </Button>
    </Paper>
  );
}
