import type { ReactNode } from 'react';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

export type DashboardCardProps = {
  title: string;
  subtitle?: ReactNode;
  /** Buttons at the end of the title row (CSV export …). */
  actions?: ReactNode;
  testId: string;
  children: ReactNode;
};

/** One block of the dashboard: a titled sheet with its actions. */
export function DashboardCard({ title, subtitle, actions, testId, children }: DashboardCardProps) {
  return (
    <Paper sx={{ p: 2, minWidth: 0 }} data-testid={testId} component="section">
      <Stack
        direction="row"
        sx={{ alignItems: 'flex-start', justifyContent: 'space-between', gap: 1, mb: 1 }}
      >
        <div>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>
            {title}
          </Typography>
          {subtitle && (
            <Typography variant="body2" color="text.secondary">
              {subtitle}
            </Typography>
          )}
        </div>
        {actions}
      </Stack>
      {children}
    </Paper>
  );
}
