import type { ReactNode } from 'react';
import Box from '@mui/material/Box';

export type LtrTextProps = { children: ReactNode; testId?: string };

/**
 * Keeps phone numbers, e-mails and E.164 strings left-to-right inside right-to-left text:
 * a bidi-isolated run, so "+966 50 123 4567" never renders as "4567 123 50 966+".
 */
export function LtrText({ children, testId }: LtrTextProps) {
  return (
    <Box component="bdi" dir="ltr" data-testid={testId} sx={{ unicodeBidi: 'isolate' }}>
      {children}
    </Box>
  );
}
