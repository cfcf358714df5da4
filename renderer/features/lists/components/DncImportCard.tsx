import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import type { CountryCode } from 'libphonenumber-js';
import { checkFileDate, parseIsoDate } from '../../../../shared/domain/dnc';
import { importNationalDnc } from '../../../db/dnc';
import { useFormat } from '../../../i18n/use-format';
import { useDesk } from '../../../ui/desk/use-desk';
import { readDncFile } from '../read-dnc-file';
import { useCountries } from '../use-countries';
import { CountrySelect } from './CountrySelect';
import { DateField } from '../../../ui/components/DateTimeField';

type Phase = { step: 'reading' | 'saving'; ratio: number } | null;
type Outcome = { ok: boolean; lines: string[] } | null;

/** Imports the national registry file: it replaces the previous one, all or nothing. */
export function DncImportCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const desk = useDesk();
  const { defaultCountry } = useCountries();
  const [file, setFile] = useState<File | null>(null);
  const [date, setDate] = useState('');
  const [country, setCountry] = useState<CountryCode | '' | null>(null);
  const [phase, setPhase] = useState<Phase>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const chosen = country ?? defaultCountry ?? '';
  const n = (x: number) => format.number(x);

  const run = async () => {
    if (!desk || !file) return;
    setOutcome(null);
    // Checked before reading: a wrong date should not cost a long read.
    const fileDate = parseIsoDate(date);
    const dateError = checkFileDate(fileDate, Date.now());
    if (dateError) return setOutcome({ ok: false, lines: [t(`lists.errors.${dateError}`)] });
    try {
      setPhase({ step: 'reading', ratio: 0 });
      const parsed = await readDncFile(file, chosen || undefined, (ratio) =>
        setPhase({ step: 'reading', ratio }),
      );
      const skipped = parsed.invalidSamples.map((s) =>
        t('lists.dnc.invalidLine', { line: n(s.line), text: s.text }),
      );
      if (parsed.numbers.length === 0) {
        setPhase(null);
        return setOutcome({ ok: false, lines: [t('lists.errors.fileEmpty'), ...skipped] });
      }
      setPhase({ step: 'saving', ratio: 0 });
      const r = await importNationalDnc(
        desk,
        { numbers: parsed.numbers, fileName: file.name, fileDate },
        {
          onProgress: (done, total) =>
            setPhase({ step: 'saving', ratio: total ? done / total : 1 }),
        },
      );
      setPhase(null);
      if (!r.ok) return setOutcome({ ok: false, lines: [t(`lists.errors.${r.error}`)] });
      setFile(null);
      setOutcome({
        ok: true,
        lines: [
          t('lists.dnc.imported', { count: r.file.count, n: n(r.file.count) }),
          t('lists.dnc.importDiff', { added: n(r.added), removed: n(r.removed), kept: n(r.kept) }),
          t('lists.dnc.importLeads', { flagged: n(r.flagged), cleared: n(r.cleared) }),
          ...(r.shadowed
            ? [t('lists.dnc.importShadowed', { count: r.shadowed, n: n(r.shadowed) })]
            : []),
          ...(parsed.invalid || parsed.duplicates
            ? [
                t('lists.dnc.importSkipped', {
                  invalid: n(parsed.invalid),
                  duplicates: n(parsed.duplicates),
                }),
              ]
            : []),
          ...skipped,
        ],
      });
    } catch {
      setPhase(null);
      setOutcome({ ok: false, lines: [t('lists.errors.importFailed')] });
    }
  };

  return (
    <Paper sx={{ p: 2 }} data-testid="dnc-import">
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700, mb: 0.5 }}>
        {t('lists.dnc.importTitle')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t('lists.dnc.importHint')}
      </Typography>
      <Stack sx={{ gap: 1.5 }}>
        <Stack direction="row" sx={{ gap: 1.5, flexWrap: 'wrap', alignItems: 'center' }}>
          <Button
            component="label"
            variant="outlined"
            startIcon={<UploadFileIcon />}
            disabled={phase !== null}
          >
            {t('lists.dnc.chooseFile')}
            <input
              type="file"
              accept=".csv,.txt,text/csv,text/plain"
              hidden
              data-testid="dnc-file"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setOutcome(null);
                e.target.value = '';
              }}
            />
          </Button>
          <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }} data-testid="dnc-file-name">
            {file ? (
              <>
                <bdi>{file.name}</bdi>
                {t('lists.dnc.fileSize', { size: n(Math.ceil(file.size / 1024)) })}
              </>
            ) : (
              t('lists.dnc.noFile')
            )}
          </Typography>
        </Stack>
        <Stack direction="row" sx={{ gap: 1.5, flexWrap: 'wrap' }}>
          <DateField
            size="small"
            label={t('lists.dnc.fileDate')}
            value={date}
            onChange={setDate}
            required
            disableFuture
            minWidth={200}
            testId="dnc-file-date"
          />
          <CountrySelect value={chosen} onChange={setCountry} id="dnc-import-country" />
        </Stack>
        {phase && (
          <Stack sx={{ gap: 0.5 }}>
            <Typography variant="body2">
              {t(phase.step === 'reading' ? 'lists.dnc.reading' : 'lists.dnc.saving', {
                percent: format.percent(phase.ratio),
              })}
            </Typography>
            <LinearProgress variant="determinate" value={phase.ratio * 100} />
          </Stack>
        )}
        {outcome && (
          <Alert severity={outcome.ok ? 'success' : 'error'} data-testid="dnc-import-message">
            {outcome.lines.map((line, i) => (
              <Typography key={i} variant="body2">
                {line}
              </Typography>
            ))}
          </Alert>
        )}
        <Stack direction="row">
          <Button
            variant="contained"
            onClick={() => void run()}
            disabled={!file || phase !== null}
            data-testid="dnc-import-submit"
          >
            {t('lists.dnc.import')}
          </Button>
        </Stack>
      </Stack>
    </Paper>
  );
}
