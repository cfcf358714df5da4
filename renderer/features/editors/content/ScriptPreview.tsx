import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import { fillPlaceholders, type CallScript, type Product } from '../../../../shared/domain/content';
import {
  resolveLocalized,
  type ContentLanguage,
} from '../../../../shared/domain/localized-content';
import { DirectionalIcon } from '../../../ui/components/DirectionalIcon';
import { FallbackMarker } from '../../../ui/components/FallbackMarker';
import { useOrganisation } from '../../../ui/desk/use-organisation';
import { searchLeads } from '../../../db/leads-repo';
import type { StoredLead } from '../../../db/schema';
import { useDeskDb } from '../../../db/use-desk-db';
import { languageInfo } from '../../../i18n/languages';
import { useAppStore } from '../../../store/use-app-store';
import { previewValues, splitGaps } from './preview-values';

export type ScriptPreviewProps = {
  script: CallScript;
  product: Product | null;
  language: ContentLanguage;
  orgDefault: ContentLanguage;
};

const leadLabel = (l: StoredLead) => (l.company ? `${l.name} · ${l.company}` : l.name);

/** Text with the unfilled ⟦gaps⟧ marked, as the agent would notice them. */
function Filled({ text }: { text: string }) {
  return (
    <>
      {splitGaps(text).map((part, i) =>
        part.gap ? (
          <Box
            key={i}
            component="mark"
            data-testid="preview-gap"
            sx={{
              bgcolor: 'warning.light',
              color: 'warning.contrastText',
              borderRadius: 0.5,
              px: 0.25,
            }}
          >
            {part.text}
          </Box>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}

/** The script as an agent would read it, filled from a sample lead of this desk. */
export function ScriptPreview({ script, product, language, orgDefault }: ScriptPreviewProps) {
  const { t } = useTranslation();
  const db = useDeskDb();
  const organisation = useOrganisation();
  const user = useAppStore((s) => s.user);
  const digits = useAppStore((s) => s.digits);
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<StoredLead | null>(null);
  const options =
    useLiveQuery(
      () => (query.trim() ? searchLeads(db, query, 20) : db.leads.limit(20).toArray()),
      [db, query],
    ) ?? [];
  const lead = picked ?? options[0] ?? null;
  const values = useMemo(
    () =>
      previewValues({
        lead,
        agentName: user?.displayName ?? null,
        organisation,
        product,
        language,
        digits,
        now: Date.now(),
      }),
    [lead, user, organisation, product, language, digits],
  );
  const dir = languageInfo(language).dir;
  const local = <T,>(v: Partial<Record<ContentLanguage, T>> | undefined) =>
    v ? resolveLocalized(v, language, orgDefault) : null;

  return (
    <Stack sx={{ gap: 2 }} data-testid="script-preview">
      <Autocomplete
        size="small"
        options={options}
        value={lead}
        onChange={(_e, v) => setPicked(v)}
        // While not typing, the box shows the lead the preview is filled from.
        inputValue={query || (lead ? leadLabel(lead) : '')}
        onInputChange={(_e, v, reason) => setQuery(reason === 'input' ? v : '')}
        filterOptions={(x) => x}
        getOptionLabel={leadLabel}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        noOptionsText={t('editors.preview.noLeads')}
        renderInput={(params) => (
          <TextField
            {...params}
            label={t('editors.preview.sampleLead')}
            helperText={t('editors.preview.hint')}
            slotProps={{
              ...params.slotProps,
              htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'preview-lead' },
            }}
          />
        )}
      />
      {script.steps.map((step) => {
        const title = local(step.title);
        const lines = local(step.lines);
        const coaching = local(step.coaching);
        return (
          <Paper key={step.id} sx={{ p: 2 }} data-testid={`preview-step-${step.id}`}>
            <Stack direction="row" sx={{ gap: 1, alignItems: 'center', mb: 1, flexWrap: 'wrap' }}>
              <Chip
                size="small"
                variant="outlined"
                color="primary"
                label={t(`script.phase.${step.phase}`)}
              />
              <Typography sx={{ fontWeight: 700 }} dir={dir} lang={language}>
                {title?.value ?? step.id}
              </Typography>
              {title?.isFallback && <FallbackMarker language={title.language} />}
            </Stack>
            {lines?.isFallback && <FallbackMarker language={lines.language} />}
            <Box
              component="ul"
              sx={{ paddingInlineStart: 2.5, my: 1 }}
              dir={dir}
              lang={lines?.language ?? language}
            >
              {(lines?.value ?? []).map((line, i) => (
                <Typography
                  component="li"
                  key={i}
                  sx={{ mb: 0.5, lineHeight: 1.6 }}
                  data-testid="preview-line"
                >
                  <Filled text={fillPlaceholders(line, values)} />
                </Typography>
              ))}
            </Box>
            {coaching && (
              <Alert severity="info" variant="outlined" sx={{ mb: 1 }}>
                <span dir={dir}>{coaching.value}</span>
              </Alert>
            )}
            <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
              {step.branches.map((b, i) => {
                const target = script.steps.find((s) => s.id === b.next);
                return (
                  <Chip
                    key={i}
                    size="small"
                    color={target ? 'default' : 'error'}
                    icon={
                      <DirectionalIcon>
                        <ArrowForwardIcon fontSize="small" />
                      </DirectionalIcon>
                    }
                    label={t('editors.preview.branchTo', {
                      label: local(b.label)?.value ?? '',
                      target: target
                        ? (local(target.title)?.value ?? target.id)
                        : t('editors.script.branchMissing', { step: b.next }),
                    })}
                  />
                );
              })}
              {step.branches.length === 0 && (
                <Typography variant="body2" color="text.secondary">
                  {t('script.end')}
                </Typography>
              )}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
