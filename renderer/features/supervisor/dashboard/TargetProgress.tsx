import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useFormat } from '../../../i18n/use-format';

export type TargetProgressProps = {
  /** Actual ÷ target; null when there is no target. */
  ratio: number | null;
};

/** A bar with the share of the target reached; green once the target is met. */
export function TargetProgress({ ratio }: TargetProgressProps) {
  const format = useFormat();
  if (ratio === null)
    return (
      <Typography variant="body2" color="text.secondary">
        {'—'}
      </Typography>
    );
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 110 }}>
      <LinearProgress
        variant="determinate"
        value={Math.min(100, ratio * 100)}
        color={ratio >= 1 ? 'success' : ratio >= 0.5 ? 'primary' : 'warning'}
        sx={{ flex: 1, height: 6, borderRadius: 3 }}
      />
      <Typography variant="caption" sx={{ minWidth: 40, textAlign: 'end' }}>
        {format.percent(ratio)}
      </Typography>
    </Box>
  );
}
