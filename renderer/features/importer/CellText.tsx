import Box from '@mui/material/Box';

export type CellTextProps = { value: string };

/**
 * A value from the file: text with letters in its own direction, numbers and symbols ("050 123
 * 4567", "+90 …") always left to right, so they never read backwards in Arabic. The inline block
 * makes the number its own left-to-right paragraph, whatever the line around it does.
 */
export function CellText({ value }: CellTextProps) {
  if (/\p{L}/u.test(value)) return <bdi>{value}</bdi>;
  return (
    <Box component="span" dir="ltr" sx={{ display: 'inline-block', unicodeBidi: 'isolate' }}>
      {value}
    </Box>
  );
}
