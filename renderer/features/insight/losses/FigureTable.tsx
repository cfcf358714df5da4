// The table under an insight chart: the same figures, readable by a screen reader and exportable.
import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';

export type FigureColumn = { key: string; label: string; numeric?: boolean };

export type FigureTableProps = {
  caption: string;
  columns: readonly FigureColumn[];
  rows: readonly { key: string; cells: readonly ReactNode[] }[];
  testId: string;
};

export function FigureTable({ caption, columns, rows, testId }: FigureTableProps) {
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={caption} data-testid={testId}>
        <TableHead>
          <TableRow>
            {columns.map((c) => (
              <TableCell key={c.key} align={c.numeric ? 'right' : 'left'} sx={{ fontWeight: 700 }}>
                {c.label}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.key} data-testid={`${testId}-row`}>
              {r.cells.map((cell, i) => (
                <TableCell
                  key={columns[i]?.key ?? i}
                  align={columns[i]?.numeric ? 'right' : 'left'}
                >
                  {cell}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
