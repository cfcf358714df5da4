import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import { toCsv, type CsvCell } from '../../../../shared/csv/write';
import { downloadText } from '../../../lib/download';

export type ExportCsvButtonProps = {
  /** File name without extension; the date range is part of it. */
  fileName: string;
  header: readonly string[];
  /** The rows, at the click (a table read whole only for its export may take a moment). */
  rows: () => readonly (readonly CsvCell[])[] | Promise<readonly (readonly CsvCell[])[]>;
  testId: string;
};

/** Downloads a table as CSV (UTF-8 with BOM, so Excel shows Arabic and Turkish right). */
export function ExportCsvButton({ fileName, header, rows, testId }: ExportCsvButtonProps) {
  const { t } = useTranslation();
  return (
    <Button
      size="small"
      variant="outlined"
      data-testid={testId}
      sx={{ flexShrink: 0, whiteSpace: 'nowrap' }}
      onClick={() => {
        const r = rows();
        const save = (all: readonly (readonly CsvCell[])[]) =>
          downloadText(`${fileName}.csv`, toCsv(header, all));
        if (r instanceof Promise) void r.then(save);
        else save(r);
      }}
    >
      {t('dashboard.exportCsv')}
    </Button>
  );
}
