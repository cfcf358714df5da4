import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import DownloadIcon from '@mui/icons-material/Download';
import { reportCsv, type ImportCounts } from '../../../shared/import/report';
import { useFormat } from '../../i18n/use-format';
import { downloadText } from '../../lib/download';
import type { ImportResult } from './run-import';
import { useIssueText } from './use-issue-text';
import { useRowNumber } from './use-row-number';

export type ImportReportPanelProps = {
  result: ImportResult;
  fileHeader: string[] | null;
  onAnother: () => void;
};

const SHOWN = 200;
const FIGURES: readonly Exclude<keyof ImportCounts, 'cleaned'>[] = [
  'rows',
  'imported',
  'duplicatesInFile',
  'duplicatesExisting',
  'invalid',
  'skippedDnc',
];

/** Step 4: what the import did, every row it left out and why, and the report as CSV. */
export function ImportReportPanel({ result, fileHeader, onAnother }: ImportReportPanelProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const issueText = useIssueText();
  const rowNumber = useRowNumber();
  const issues = [...result.issues].sort((a, b) => a.row - b.row);
  const download = () => {
    const csv = reportCsv(issues, fileHeader, {
      row: t('importer.report.row'),
      result: t('importer.report.result'),
      detail: t('importer.report.detail'),
      kind: (k) => t(`importer.kind.${k}`),
      describe: (i) => issueText(i),
    });
    const safe = result.record.listName.replace(/[\\/:*?"<>|]+/g, ' ').trim();
    downloadText(`${t('importer.report.fileName')} - ${safe}.csv`, csv);
  };
  return (
    <Stack spacing={2} data-testid="import-report">
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 700 }}>
        {t('importer.report.title', { list: `\u2068${result.record.listName}\u2069` })}
      </Typography>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(160px, 1fr))',
          gap: 1.5,
        }}
      >
        {FIGURES.map((key) => (
          <Paper key={key} variant="outlined" sx={{ p: 1.5 }} data-testid={`report-${key}`}>
            <Typography variant="body2" color="text.secondary">
              {t(`importer.report.${key}`)}
            </Typography>
            <Typography
              variant="h6"
              component="p"
              data-testid={`report-${key}-value`}
              sx={{ color: key === 'imported' ? 'success.main' : undefined }}
            >
              {format.number(result.counts[key])}
            </Typography>
          </Paper>
        ))}
      </Box>
      {(result.counts.cleaned ?? 0) > 0 && (
        <Alert severity="info" data-testid="report-cleaned">
          {t('importer.report.cleaned', {
            count: result.counts.cleaned,
            n: format.number(result.counts.cleaned ?? 0),
          })}
        </Alert>
      )}
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button
          variant="contained"
          startIcon={<DownloadIcon />}
          onClick={download}
          data-testid="import-download"
        >
          {t('importer.actions.download')}
        </Button>
        <Button onClick={onAnother} data-testid="import-another">
          {t('importer.actions.another')}
        </Button>
      </Stack>
      <Typography variant="subtitle2" component="h4">
        {t('importer.report.issues')}
      </Typography>
      {issues.length === 0 ? (
        <Alert severity="success">{t('importer.report.none')}</Alert>
      ) : (
        <>
          {issues.length > SHOWN && (
            <Typography variant="body2" color="text.secondary">
              {t('importer.report.showing', {
                shown: format.number(SHOWN),
                total: format.number(issues.length),
              })}
            </Typography>
          )}
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small" data-testid="import-issues">
              <TableHead>
                <TableRow>
                  <TableCell>{t('importer.report.row')}</TableCell>
                  <TableCell>{t('importer.report.result')}</TableCell>
                  <TableCell>{t('importer.report.detail')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {issues.slice(0, SHOWN).map((issue) => (
                  <TableRow key={`${issue.row}-${issue.kind}`} data-testid="import-issue">
                    <TableCell>{rowNumber(issue.row)}</TableCell>
                    <TableCell>{t(`importer.kind.${issue.kind}`)}</TableCell>
                    <TableCell>{issueText(issue, true)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        </>
      )}
    </Stack>
  );
}
