import Box from '@mui/material/Box';

export type KeyCapProps = { keyName: string };

/** A key drawn as a key cap; always left-to-right so "Shift + /" never reads backwards. */
export function KeyCap({ keyName }: KeyCapProps) {
  return (
    <Box
      component="kbd"
      dir="ltr"
      sx={{
        display: 'inline-block',
        minWidth: 28,
        px: 0.75,
        py: 0.25,
        border: 1,
        borderColor: 'divider',
        borderBottomWidth: 2,
        borderRadius: 1,
        bgcolor: 'background.default',
        color: 'text.primary',
        fontFamily: 'monospace',
        fontSize: 13,
        textAlign: 'center',
      }}
    >
      {keyName === ' ' ? '␣' : keyName}
    </Box>
  );
}
