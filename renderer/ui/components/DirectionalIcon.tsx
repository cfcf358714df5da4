import type { ReactElement } from 'react';
import Box from '@mui/material/Box';

export type DirectionalIconProps = { children: ReactElement };

/**
 * Wraps an icon that points somewhere (arrow, chevron, "next", "send") so it flips in
 * right-to-left layouts; icons without a direction (phone, clock) are used bare.
 */
export function DirectionalIcon({ children }: DirectionalIconProps) {
  return (
    <Box
      component="span"
      sx={(theme) => ({
        display: 'inline-flex',
        transform: theme.direction === 'rtl' ? 'scaleX(-1)' : 'none',
      })}
    >
      {children}
    </Box>
  );
}
