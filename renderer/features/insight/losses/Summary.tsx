// A headline figure beside the insight tabs' selectors.
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useFormat } from '../../../i18n/use-format';

export type SummaryProps = { label: string; value: number; testId: string; percent?: boolean };

/** One headline figure beside the selectors. */
export function Summary({ label, value, testId, percent = false }: SummaryProps) {
  const format = useFormat();
  return (
    <Box sx={{ minWidth: 110 }}>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="h6" component="p" data-testid={testId}>
        {percent ? format.percent(value) : format.number(value)}
      </Typography>
    </Box>
  );
}
