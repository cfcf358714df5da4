import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useFormat } from '../../i18n/use-format';
import type { ImportProgress } from './run-import';

export type ImportProgressPanelProps = {
  fileName: string;
  progress: ImportProgress | null;
  cancelling: boolean;
  onCancel: () => void;
};

/** While the worker imports: how far it has read and written, and the cancel button. */
export function ImportProgressPanel({
  fileName,
  progress,
  cancelling,
  onCancel,
}: ImportProgressPanelProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const read =
    progress && progress.totalBytes > 0 ? (progress.bytesRead / progress.totalBytes) * 100 : 0;
  // Writing trails reading by a batch: shown as the solid part of the bar.
  const written =
    progress && progress.rowsParsed > 0 ? read * (progress.rowsWritten / progress.rowsParsed) : 0;
  return (
    <Stack spacing={2} data-testid="import-progress" aria-busy="true">
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {t('importer.progress.title', { file: `\u2068${fileName}\u2069` })}
      </Typography>
      <LinearProgress
        variant="buffer"
        value={written}
        valueBuffer={read}
        aria-label={t('importer.progress.parsed', { n: format.number(progress?.rowsParsed ?? 0) })}
        sx={{ height: 10, borderRadius: 1 }}
        data-testid="import-progress-bar"
      />
      <Stack direction="row" spacing={3}>
        <Typography data-testid="import-rows-parsed">
          {t('importer.progress.parsed', { n: format.number(progress?.rowsParsed ?? 0) })}
        </Typography>
        <Typography data-testid="import-rows-written">
          {t('importer.progress.written', { n: format.number(progress?.rowsWritten ?? 0) })}
        </Typography>
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {t('importer.progress.note')}
      </Typography>
      <div>
        <Button
          variant="outlined"
          color="error"
          onClick={onCancel}
          disabled={cancelling}
          data-testid="import-cancel"
        >
          {cancelling ? t('importer.progress.cancelling') : t('importer.actions.cancel')}
        </Button>
      </div>
    </Stack>
  );
}
