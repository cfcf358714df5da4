import { describe, expect, it } from 'vitest';
import { arSA } from '@mui/material/locale';
import type { LabelDisplayedRowsArgs } from '@mui/material/TablePagination';
import type { FormatOptions } from './format';
import { muiLocaleFor } from './mui-locale';

const rows = (o: FormatOptions, args: Omit<LabelDisplayedRowsArgs, 'page'>) => {
  const label = muiLocaleFor(o).components?.MuiTablePagination?.defaultProps?.labelDisplayedRows;
  if (!label) throw new Error('no pagination label');
  return String(label({ ...args, page: 0 })).replace(/[\u200e\u200f\u061c]/g, '');
};

describe('MUI texts follow the desk’s digits', () => {
  it('writes Arabic pagination in Latin digits unless the person chose Arabic-Indic', () => {
    const ar = { language: 'ar', digits: 'latn' } as const;
    expect(rows(ar, { from: 1, to: 25, count: 1200 })).toBe('1–25 من 1,200');
    expect(rows(ar, { from: 26, to: 50, count: -1 })).toBe('26–50 من أكثر من 50');
    expect(rows({ language: 'ar', digits: 'arab' }, { from: 1, to: 25, count: 300 })).toBe(
      '١–٢٥ من ٣٠٠',
    );
  });

  it('groups thousands the Turkish and English way', () => {
    expect(rows({ language: 'tr', digits: 'latn' }, { from: 1, to: 25, count: 1200 })).toBe(
      '1–25 / 1.200',
    );
    expect(rows({ language: 'tr', digits: 'latn' }, { from: 1, to: 25, count: -1 })).toBe(
      "1–25 / 25'den fazlası",
    );
    expect(rows({ language: 'en', digits: 'latn' }, { from: 1, to: 25, count: 1200 })).toBe(
      '1–25 of 1,200',
    );
  });

  it('keeps the rest of MUI’s Arabic texts', () => {
    const ar = muiLocaleFor({ language: 'ar', digits: 'latn' });
    expect(ar.components?.MuiTablePagination?.defaultProps?.labelRowsPerPage).toBe(
      arSA.components?.MuiTablePagination?.defaultProps?.labelRowsPerPage,
    );
    expect(ar.components?.MuiAutocomplete).toEqual(arSA.components?.MuiAutocomplete);
  });
});
