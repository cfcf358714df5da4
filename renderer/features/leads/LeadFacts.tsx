// A labelled list of a lead's facts (label: value), for the detail view and the lead card:
// values keep their own direction, so a Latin name or a number reads right inside Arabic.
import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

export type LeadFactsProps = {
  rows: readonly { label: string; value: ReactNode; testId?: string }[];
  dense?: boolean;
};

export function LeadFacts({ rows, dense = false }: LeadFactsProps) {
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: 'minmax(7rem, max-content) 1fr',
        columnGap: 2,
        rowGap: dense ? 0.25 : 0.75,
        m: 0,
      }}
    >
      {rows.map((r) => (
        <Box key={r.label} sx={{ display: 'contents' }} data-testid={r.testId}>
          <Typography
            component="dt"
            variant="body2"
            color="text.secondary"
            sx={{ overflowWrap: 'anywhere' }}
          >
            <bdi>{r.label}</bdi>
          </Typography>
          <Typography
            component="dd"
            variant="body2"
            sx={{ m: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}
          >
            {typeof r.value === 'string' ? <bdi dir="auto">{r.value}</bdi> : r.value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
