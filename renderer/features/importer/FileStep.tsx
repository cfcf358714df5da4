import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { DELIMITERS, type Delimiter } from '../../../shared/import/csv-parser';
import { IMPORT_ENCODINGS, type ImportEncoding } from '../../../shared/import/encoding';
import type { FileFormat, FilePreview } from '../../../shared/import/read-file';
import { formatNumber } from '../../i18n/format';
import { useAppStore } from '../../store/use-app-store';

const DELIMITER_KEY: Record<Delimiter, 'comma' | 'semicolon' | 'tab' | 'pipe'> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
};

export type FileStepProps = {
  file: File | null;
  preview: FilePreview | null;
  detected: FileFormat | null;
  error: string | null;
  onFile: (file: File) => void;
  onFormat: (format: Partial<FileFormat>) => void;
};

/** Step 1: pick or drop the file; check (and, if need be, correct) its encoding and separator. */
export function FileStep({ file, preview, detected, error, onFile, onFormat }: FileStepProps) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const digits = useAppStore((s) => s.digits);
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const size = (bytes: number) =>
    formatNumber(
      bytes >= 1e6 ? bytes / 1e6 : bytes / 1e3,
      { language, digits },
      {
        style: 'unit',
        unit: bytes >= 1e6 ? 'megabyte' : 'kilobyte',
        maximumFractionDigits: 1,
      },
    );
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const dropped = e.dataTransfer.files[0];
    if (dropped) onFile(dropped);
  };
  const mark = (label: string, isDetected: boolean) =>
    isDetected ? t('importer.format.detected', { value: label }) : label;

  return (
    <Stack spacing={2}>
      <Box
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="import-drop"
        sx={{
          border: 2,
          borderStyle: 'dashed',
          borderColor: over ? 'primary.main' : 'divider',
          borderRadius: 2,
          p: 3,
          textAlign: 'center',
          bgcolor: over ? 'action.hover' : 'transparent',
        }}
      >
        <UploadFileIcon color="action" sx={{ fontSize: 40 }} />
        <Typography sx={{ mb: 1 }}>{t('importer.file.drop')}</Typography>
        <Button variant="contained" onClick={() => input.current?.click()}>
          {t('importer.file.choose')}
        </Button>
        <input
          ref={input}
          type="file"
          hidden
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
          data-testid="import-file-input"
          onChange={(e) => {
            const chosen = e.target.files?.[0];
            if (chosen) onFile(chosen);
            e.target.value = '';
          }}
        />
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t('importer.file.hint')}
        </Typography>
        {file && (
          <Typography sx={{ mt: 1, fontWeight: 600 }} data-testid="import-file-name">
            {t('importer.file.selected', {
              name: `\u2068${file.name}\u2069`,
              size: size(file.size),
            })}
          </Typography>
        )}
      </Box>
      {error && (
        <Alert severity="error" data-testid="import-file-error">
          {error}
        </Alert>
      )}
      {preview && detected && (
        <Stack
          direction={{ xs: 'column', sm: 'row' }}
          spacing={2}
          sx={{ alignItems: { sm: 'center' } }}
        >
          <TextField
            select
            size="small"
            label={t('importer.format.encoding')}
            value={preview.encoding}
            onChange={(e) => onFormat({ encoding: e.target.value as ImportEncoding })}
            sx={{ minWidth: 240 }}
            slotProps={{
              select: { SelectDisplayProps: { 'data-testid': 'import-encoding' } as object },
            }}
          >
            {IMPORT_ENCODINGS.map((enc) => (
              <MenuItem key={enc} value={enc}>
                {mark(t(`importer.encoding.${enc}`), enc === detected.encoding)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            size="small"
            label={t('importer.format.delimiter')}
            value={preview.delimiter}
            onChange={(e) => onFormat({ delimiter: e.target.value as Delimiter })}
            sx={{ minWidth: 200 }}
          >
            {DELIMITERS.map((d) => (
              <MenuItem key={d} value={d}>
                {mark(t(`importer.delimiter.${DELIMITER_KEY[d]}`), d === detected.delimiter)}
              </MenuItem>
            ))}
          </TextField>
          <FormControlLabel
            control={
              <Checkbox
                checked={preview.hasHeader}
                onChange={(e) => onFormat({ hasHeader: e.target.checked })}
              />
            }
            label={t('importer.format.hasHeader')}
          />
        </Stack>
      )}
    </Stack>
  );
}
