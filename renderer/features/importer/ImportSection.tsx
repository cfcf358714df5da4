import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountryCode } from 'libphonenumber-js';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import { countryForTimezone } from '../../../shared/domain/dnc';
import { uuidv7 } from '../../../shared/domain/ids';
import { mappingProblems, type ColumnMapping } from '../../../shared/import/columns';
import { IMPORT_PRIORITIES } from '../../../shared/import/lead';
import { PREVIEW_BYTES, previewFile, type FileFormat } from '../../../shared/import/read-file';
import { useOrganisation } from '../../ui/desk/use-organisation';
import { useDeskDb } from '../../db/use-desk-db';
import { useAppStore } from '../../store/use-app-store';
import { AssignStep } from './AssignStep';
import { assignmentFrom, type AssignChoice } from './assignment-choice';
import { FileStep } from './FileStep';
import { ImportHistory } from './ImportHistory';
import { ImportProgressPanel } from './ImportProgressPanel';
import { ImportReportPanel } from './ImportReportPanel';
import { startImport, type RunningImport } from './import-client';
import { MappingStep } from './MappingStep';
import {
  loadImportSettings,
  mappingFor,
  rememberMapping,
  saveImportSettings,
} from './mapping-memory';
import {
  ImportError,
  type ImportErrorCode,
  type ImportJob,
  type ImportProgress,
  type ImportResult,
} from './run-import';
import { useImportPeople } from './use-import-people';

type Stage = 'file' | 'columns' | 'assign' | 'running' | 'report';
const STEPS = ['file', 'columns', 'assign', 'report'] as const;
const STEP_OF: Record<Stage, number> = { file: 0, columns: 1, assign: 2, running: 2, report: 3 };

/** Spreadsheet files (xlsx is a zip, xls an OLE container) are not text: say how to export CSV. */
function isSpreadsheet(bytes: Uint8Array): boolean {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  return zip || ole;
}

function listNameFromFile(name: string): string {
  return name
    .replace(/\.[^.]+$/, '')
    .replace(/[_]+/g, ' ')
    .trim()
    .slice(0, 200);
}

/**
 * The supervisor's lead import: file → columns → list and assignment → report. The import runs
 * in a worker and commits everything in one transaction at the end.
 */
export function ImportSection() {
  const { t } = useTranslation();
  const db = useDeskDb();
  const user = useAppStore((s) => s.user);
  const language = useAppStore((s) => s.language);
  const organisation = useOrganisation();
  const people = useImportPeople();

  const [stage, setStage] = useState<Stage>('file');
  const [file, setFile] = useState<File | null>(null);
  const [sample, setSample] = useState<Uint8Array | null>(null);
  const [chosen, setChosen] = useState<Partial<FileFormat>>({});
  const [fileError, setFileError] = useState<string | null>(null);
  const prefer = language === 'tr' ? 'windows-1254' : 'windows-1256';
  const detected = useMemo(
    () => (sample ? previewFile(sample, {}, prefer) : null),
    [sample, prefer],
  );
  const preview = useMemo(
    () => (sample ? previewFile(sample, chosen, prefer) : null),
    [sample, chosen, prefer],
  );

  const headerKey = preview ? JSON.stringify(preview.header) : '';
  const [mapped, setMapped] = useState<{
    key: string;
    mapping: ColumnMapping;
    remembered: boolean;
  } | null>(null);
  useEffect(() => {
    if (!headerKey) return;
    let live = true;
    void mappingFor(db, JSON.parse(headerKey) as string[]).then((m) => {
      if (live) setMapped({ key: headerKey, ...m });
    });
    return () => {
      live = false;
    };
  }, [db, headerKey]);
  const mapping = mapped?.key === headerKey ? mapped : null;

  const [country, setCountry] = useState<CountryCode | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void loadImportSettings(db).then((s) => {
      if (live && s) setCountry((c) => (c === undefined ? s.defaultCountry : c));
    });
    return () => {
      live = false;
    };
  }, [db]);
  const defaultCountry =
    country === undefined ? (countryForTimezone(organisation?.timezone) ?? null) : country;

  const [choice, setChoice] = useState<AssignChoice>({
    listName: '',
    mode: 'team',
    teamId: '',
    hunterIds: [],
    agentId: '',
    priority: 'normal',
  });
  const teamId = choice.teamId || (user?.teamId ?? people.teams[0]?.id ?? '');
  const effectiveChoice = { ...choice, teamId };
  const assignment = assignmentFrom(effectiveChoice, people.agents);
  const [tried, setTried] = useState(false);

  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [failure, setFailure] = useState<{ code: ImportErrorCode; message: string } | null>(null);
  const running = useRef<RunningImport | null>(null);

  const chooseFile = async (f: File) => {
    setFileError(null);
    setFailure(null);
    try {
      const bytes = new Uint8Array(await f.slice(0, PREVIEW_BYTES).arrayBuffer());
      if (isSpreadsheet(bytes)) {
        setFileError(t('importer.file.notText'));
        return;
      }
      setFile(f);
      setSample(bytes);
      setChosen({});
      setChoice((c) => ({ ...c, listName: listNameFromFile(f.name) }));
      if (f.size === 0 || previewFile(bytes).rows.length === 0)
        setFileError(t('importer.file.empty'));
    } catch {
      setFileError(t('importer.file.readError'));
    }
  };

  const start = async () => {
    setTried(true);
    if (!assignment.ok || !file || !preview || !mapping || !user) return;
    await rememberMapping(db, preview.header, mapping.mapping);
    await saveImportSettings(db, { defaultCountry });
    const now = Date.now();
    const job: ImportJob = {
      importId: uuidv7(now),
      fileName: file.name,
      format: {
        encoding: preview.encoding,
        delimiter: preview.delimiter,
        hasHeader: preview.hasHeader,
      },
      mapping: mapping.mapping,
      defaultCountry,
      listName: effectiveChoice.listName.trim(),
      assignment: assignment.assignment,
      priority: IMPORT_PRIORITIES[effectiveChoice.priority],
      by: { id: user.id, roles: user.roles, teamId: user.teamId },
      now,
    };
    setFailure(null);
    setProgress(null);
    setStage('running');
    const run = startImport(file, db.name, job, setProgress);
    running.current = run;
    try {
      setResult(await run.done);
      setStage('report');
    } catch (error) {
      const e = error instanceof ImportError ? error : new ImportError('failed', String(error));
      setFailure({ code: e.code, message: e.message });
      setStage('assign');
    } finally {
      running.current = null;
      setCancelling(false);
    }
  };

  const cancel = () => {
    setCancelling(true);
    running.current?.cancel();
  };

  const reset = () => {
    setStage('file');
    setFile(null);
    setSample(null);
    setChosen({});
    setResult(null);
    setFailure(null);
    setProgress(null);
    setTried(false);
  };

  const canNext =
    stage === 'file'
      ? !!preview && preview.rows.length > 0 && !fileError
      : stage === 'columns'
        ? !!mapping && mappingProblems(mapping.mapping).length === 0
        : false;

  return (
    <Stack spacing={3} data-testid="import-section">
      <Paper sx={{ p: { xs: 2, md: 3 } }}>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {t('importer.intro')}
        </Typography>
        <Stepper activeStep={STEP_OF[stage]} alternativeLabel sx={{ mb: 3 }}>
          {STEPS.map((s) => (
            <Step key={s} completed={STEP_OF[stage] > STEP_OF[s] || stage === 'report'}>
              <StepLabel>{t(`importer.steps.${s}`)}</StepLabel>
            </Step>
          ))}
        </Stepper>

        {stage === 'file' && (
          <FileStep
            file={file}
            preview={preview}
            detected={detected}
            error={fileError}
            onFile={(f) => void chooseFile(f)}
            onFormat={(f) => setChosen((c) => ({ ...c, ...f }))}
          />
        )}
        {stage === 'columns' && preview && mapping && (
          <MappingStep
            preview={preview}
            mapping={mapping.mapping}
            remembered={mapping.remembered}
            defaultCountry={defaultCountry}
            onMapping={(m) =>
              setMapped({ key: headerKey, mapping: m, remembered: mapping.remembered })
            }
            onDefaultCountry={setCountry}
          />
        )}
        {stage === 'assign' && (
          <Stack spacing={2}>
            {failure && (
              <Alert
                severity={failure.code === 'cancelled' ? 'info' : 'error'}
                data-testid="import-error"
              >
                {t(`importer.error.${failure.code}`, { message: failure.message })}
              </Alert>
            )}
            <AssignStep
              choice={effectiveChoice}
              people={people}
              problem={assignment.ok ? null : assignment.problem}
              showProblem={tried}
              onChange={setChoice}
            />
          </Stack>
        )}
        {stage === 'running' && file && (
          <ImportProgressPanel
            fileName={file.name}
            progress={progress}
            cancelling={cancelling}
            onCancel={cancel}
          />
        )}
        {stage === 'report' && result && (
          <ImportReportPanel
            result={result}
            fileHeader={preview?.hasHeader ? preview.header : null}
            onAnother={reset}
          />
        )}

        {(stage === 'file' || stage === 'columns' || stage === 'assign') && (
          <Stack direction="row" spacing={1} sx={{ mt: 3, justifyContent: 'flex-end' }}>
            {stage !== 'file' && (
              <Button
                onClick={() => setStage(stage === 'assign' ? 'columns' : 'file')}
                data-testid="import-back"
              >
                {t('importer.actions.back')}
              </Button>
            )}
            {stage === 'assign' ? (
              <Button variant="contained" onClick={() => void start()} data-testid="import-start">
                {t('importer.actions.start')}
              </Button>
            ) : (
              <Button
                variant="contained"
                disabled={!canNext}
                onClick={() => setStage(stage === 'file' ? 'columns' : 'assign')}
                data-testid="import-next"
              >
                {t('importer.actions.next')}
              </Button>
            )}
          </Stack>
        )}
      </Paper>
      <ImportHistory />
    </Stack>
  );
}
