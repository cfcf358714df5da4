// MUI's component texts for the desk's language, with numbers in the desk's own format: MUI's
// Arabic locale would write pagination in Arabic-Indic digits whatever the person chose.
import { arSA, enUS, trTR } from '@mui/material/locale';
import type { LabelDisplayedRowsArgs } from '@mui/material/TablePagination';
import { formatNumber, type FormatOptions } from './format';

const MUI_LOCALES = { en: enUS, ar: arSA, tr: trTR, qps: enUS } as const;

/** "1–25 of 300" in the language's words and the person's digits. */
const OF = { en: 'of', ar: 'من', tr: '/', qps: 'of' } as const;
const MORE_THAN = { en: 'more than', ar: 'أكثر من', tr: 'fazlası', qps: 'more than' } as const;

export function displayedRows(o: FormatOptions) {
  const n = (v: number) => formatNumber(v, o);
  return ({ from, to, count }: LabelDisplayedRowsArgs): string => {
    const total =
      count !== -1
        ? n(count)
        : o.language === 'tr'
          ? `${n(to)}'den ${MORE_THAN.tr}`
          : `${MORE_THAN[o.language]} ${n(to)}`;
    return `${n(from)}–${n(to)} ${OF[o.language]} ${total}`;
  };
}

export function muiLocaleFor(o: FormatOptions): typeof enUS {
  const base = MUI_LOCALES[o.language];
  const pagination = base.components?.MuiTablePagination?.defaultProps ?? {};
  return {
    ...base,
    components: {
      ...base.components,
      MuiTablePagination: {
        defaultProps: { ...pagination, labelDisplayedRows: displayedRows(o) },
      },
    },
  };
}
