import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { getCountries, type CountryCode } from 'libphonenumber-js';
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import {
  COLUMN_TARGETS,
  customKey,
  mappingProblems,
  type ColumnMapping,
  type ColumnTargetKind,
} from '../../../shared/import/columns';
import { normaliseRow } from '../../../shared/import/normalise';
import type { FilePreview } from '../../../shared/import/read-file';
import { LtrText } from '../../ui/components/LtrText';
import { languageInfo } from '../../i18n/languages';
import { useFormat } from '../../i18n/use-format';
import { useAppStore } from '../../store/use-app-store';
import { CellText } from './CellText';
import { useIssueText } from './use-issue-text';
import { useRowNumber } from './use-row-number';

export type MappingStepProps = {
  preview: FilePreview;
  mapping: ColumnMapping;
  remembered: boolean;
  defaultCountry: CountryCode | null;
  onMapping: (mapping: ColumnMapping) => void;
  onDefaultCountry: (country: CountryCode | null) => void;
};

const PREVIEW_ROWS = 5;

/** Step 2: what each column becomes, the country for local numbers, and the first rows as leads. */
export function MappingStep(props: MappingStepProps) {
  const { preview, mapping, remembered, defaultCountry, onMapping, onDefaultCountry } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const issueText = useIssueText();
  const rowNumber = useRowNumber();
  const language = useAppStore((s) => s.language);
  const countries = useMemo(() => {
    const intl = languageInfo(language).intl;
    const names = new Intl.DisplayNames([intl], { type: 'region' });
    return getCountries()
      .map((code) => ({ code, name: names.of(code) ?? code }))
      .sort((a, b) => a.name.localeCompare(b.name, intl));
  }, [language]);
  const problems = mappingProblems(mapping);
  const setTarget = (i: number, kind: ColumnTargetKind) =>
    onMapping(
      mapping.map((t, j) =>
        j !== i
          ? t
          : kind === 'custom'
            ? { kind, key: customKey(preview.header[i] ?? '', i) }
            : { kind },
      ),
    );
  const setKey = (i: number, key: string) =>
    onMapping(
      mapping.map((t, j) => (j === i && t.kind === 'custom' ? { kind: 'custom', key } : t)),
    );
  const columnName = (i: number) =>
    preview.header[i] || t('importer.columns.noColumnName', { n: format.number(i + 1) });

  return (
    <Stack spacing={2}>
      <Alert severity="info" data-testid="mapping-origin">
        {remembered ? t('importer.columns.remembered') : t('importer.columns.guessed')}
      </Alert>
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" data-testid="import-mapping">
          <TableHead>
            <TableRow>
              <TableCell>{t('importer.columns.column')}</TableCell>
              <TableCell>{t('importer.columns.sample')}</TableCell>
              <TableCell sx={{ minWidth: 200 }}>{t('importer.columns.target')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {mapping.map((target, i) => (
              <TableRow key={i} data-testid={`map-row-${i}`}>
                <TableCell sx={{ fontWeight: 600 }}>
                  <bdi>{columnName(i)}</bdi>
                </TableCell>
                <TableCell sx={{ color: 'text.secondary', maxWidth: 320 }}>
                  {preview.rows.slice(0, 3).map((r) => (
                    // No ellipsis here: Chromium's ellipsis path can lay an isolated LTR number out
                    // backwards in a right-to-left cell.
                    <Box
                      key={r.row}
                      sx={{ overflowWrap: 'anywhere', maxHeight: '3em', overflow: 'hidden' }}
                    >
                      <CellText value={r.cells[i] ?? ''} />
                    </Box>
                  ))}
                </TableCell>
                <TableCell>
                  <Stack direction="row" spacing={1}>
                    <TextField
                      select
                      size="small"
                      value={target.kind}
                      onChange={(e) => setTarget(i, e.target.value as ColumnTargetKind)}
                      sx={{ minWidth: 170 }}
                      slotProps={{
                        htmlInput: { 'aria-label': columnName(i) },
                        select: {
                          SelectDisplayProps: { 'data-testid': `map-target-${i}` } as object,
                        },
                      }}
                    >
                      {COLUMN_TARGETS.map((k) => (
                        <MenuItem key={k} value={k}>
                          {t(`importer.target.${k}`)}
                        </MenuItem>
                      ))}
                    </TextField>
                    {target.kind === 'custom' && (
                      <TextField
                        size="small"
                        label={t('importer.columns.customName')}
                        value={target.key}
                        onChange={(e) => setKey(i, e.target.value)}
                        error={!target.key.trim()}
                      />
                    )}
                  </Stack>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
      {problems.map((p) => (
        <Alert key={p} severity="warning" data-testid={`mapping-problem-${p}`}>
          {t(`importer.problem.${p}`)}
        </Alert>
      ))}
      <Autocomplete
        options={countries}
        value={countries.find((c) => c.code === defaultCountry) ?? null}
        onChange={(_, v) => onDefaultCountry(v?.code ?? null)}
        getOptionLabel={(o) => o.name}
        isOptionEqualToValue={(a, b) => a.code === b.code}
        sx={{ maxWidth: 420 }}
        renderInput={(params) => (
          <TextField {...params} size="small" label={t('importer.columns.defaultCountry')} />
        )}
        data-testid="import-default-country"
      />
      {problems.length === 0 && (
        <Box>
          <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
            {t('importer.preview.title')}
          </Typography>
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small" data-testid="import-preview">
              <TableHead>
                <TableRow>
                  <TableCell>{t('importer.preview.row')}</TableCell>
                  <TableCell>{t('importer.preview.name')}</TableCell>
                  <TableCell>{t('importer.preview.phones')}</TableCell>
                  <TableCell>{t('importer.preview.email')}</TableCell>
                  <TableCell>{t('importer.preview.check')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {preview.rows.slice(0, PREVIEW_ROWS).map((r) => {
                  const result = normaliseRow(r.cells, mapping, defaultCountry);
                  return (
                    <TableRow key={r.row}>
                      <TableCell>{rowNumber(r.row)}</TableCell>
                      <TableCell>
                        <bdi>{result.ok ? result.contact.name : ''}</bdi>
                      </TableCell>
                      <TableCell>
                        <LtrText>{result.ok ? result.contact.phones.join(', ') : ''}</LtrText>
                      </TableCell>
                      <TableCell>
                        <LtrText>{result.ok ? (result.contact.email ?? '') : ''}</LtrText>
                      </TableCell>
                      <TableCell sx={{ color: result.ok ? 'success.main' : 'error.main' }}>
                        {result.ok
                          ? t('importer.preview.ready')
                          : issueText(
                              {
                                row: r.row,
                                kind: 'invalid',
                                reason: result.reason,
                                value: result.value,
                                firstRow: null,
                                cells: r.cells,
                              },
                              true,
                            )}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </Box>
        </Box>
      )}
    </Stack>
  );
}
