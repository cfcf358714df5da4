import { useTranslation } from 'react-i18next';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import {
  OBJECTION_CATEGORIES,
  SCRIPT_PHASES,
  isObjectionCategory,
  type ScriptPhase,
  type ScriptStep,
} from '../../../../shared/domain/content';
import { selectedValues } from '../../../lib/select-values';
import type { EditIssue } from '../../../../shared/domain/editing';
import {
  resolveLocalized,
  type ContentLanguage,
} from '../../../../shared/domain/localized-content';
import { LtrText } from '../../../ui/components/LtrText';
import { LocalizedField } from '../components/LocalizedField';
import { LocalizedLinesField } from '../components/LocalizedLinesField';
import { useIssueText } from '../components/use-issue-text';

export type StepEditorProps = {
  step: ScriptStep;
  index: number;
  count: number;
  /** Every step of the script, for the branch targets. */
  steps: readonly ScriptStep[];
  onChange: (step: ScriptStep) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  language: ContentLanguage;
  orgDefault: ContentLanguage;
  issues: readonly EditIssue[];
  expanded: boolean;
  onToggle: () => void;
};

/** One step of a call script: phase, title, lines, coaching, objection categories, branches. */
export function StepEditor({
  step,
  index,
  count,
  steps,
  onChange,
  onMove,
  onRemove,
  language,
  orgDefault,
  issues,
  expanded,
  onToggle,
}: StepEditorProps) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const mine = issues.filter((i) => i.stepId === step.id);
  const unreachable = mine.some((i) => i.code === 'stepUnreachable');
  const broken = mine.some((i) => i.severity === 'error');
  const idIssue = mine.find((i) => i.code.startsWith('stepId'));
  const title = resolveLocalized(step.title, language, orgDefault)?.value;
  const stepLabel = (s: ScriptStep) =>
    resolveLocalized(s.title, language, orgDefault)?.value ?? s.id;
  const set = (patch: Partial<ScriptStep>) => onChange({ ...step, ...patch });
  const ids = new Set(steps.map((s) => s.id));

  return (
    <Accordion
      expanded={expanded}
      onChange={onToggle}
      disableGutters
      // A long script renders only the open step's fields.
      slotProps={{ transition: { unmountOnExit: true } }}
      data-testid={`step-${step.id}`}
      sx={{ '&:before': { display: 'none' } }}
    >
      <AccordionSummary expandIcon={<ExpandMoreIcon />}>
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap', minWidth: 0 }}>
          <Chip
            size="small"
            label={t(`script.phase.${step.phase}`)}
            color="primary"
            variant="outlined"
          />
          <Typography sx={{ fontWeight: 600 }}>
            <bdi>{title || t('editors.untitled')}</bdi>
          </Typography>
          <Typography variant="body2" color="text.secondary">
            <LtrText>{step.id}</LtrText>
          </Typography>
          {index === 0 && <Chip size="small" label={t('editors.script.start')} />}
          {unreachable && (
            <Chip
              size="small"
              color="warning"
              label={t('editors.script.unreachable')}
              data-testid="step-unreachable"
            />
          )}
          {broken && <Chip size="small" color="error" label={t('editors.script.hasErrors')} />}
        </Stack>
      </AccordionSummary>
      <AccordionDetails>
        <Stack sx={{ gap: 2 }}>
          <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2 }}>
            <TextField
              size="small"
              label={t('editors.script.stepId')}
              value={step.id}
              onChange={(e) => set({ id: e.target.value })}
              error={!!idIssue}
              helperText={idIssue ? issueText(idIssue) : t('editors.script.stepIdHint')}
              slotProps={{ htmlInput: { dir: 'ltr', 'data-testid': `step-${index}-id` } }}
              sx={{ flex: 1 }}
            />
            <TextField
              select
              size="small"
              label={t('editors.script.phase')}
              value={step.phase}
              onChange={(e) => set({ phase: e.target.value as ScriptPhase })}
              sx={{ flex: 1 }}
            >
              {SCRIPT_PHASES.map((p) => (
                <MenuItem key={p} value={p}>
                  {t(`script.phase.${p}`)}
                </MenuItem>
              ))}
            </TextField>
            <Stack direction="row" sx={{ alignItems: 'center' }}>
              <Tooltip title={t('editors.moveUp')}>
                <span>
                  <IconButton
                    aria-label={t('editors.moveUp')}
                    disabled={index === 0}
                    onClick={() => onMove(-1)}
                  >
                    <ArrowUpwardIcon fontSize="small" />
                  </IconButton>
                </span>
              </Tooltip>
              <Tooltip title={t('editors.moveDown')}>
                <span>
                  <IconButton
                    aria-label={t('editors.moveDown')}
                    disabled={index === count - 1}
                    onClick={() => onMove(1)}
                  >
                    <ArrowDownwardIcon fontSize="small" />
                  </IconButton>
                </span>
              </Tooltip>
              <Tooltip title={t('editors.script.removeStep')}>
                <IconButton
                  aria-label={t('editors.script.removeStep')}
                  color="error"
                  onClick={onRemove}
                >
                  <DeleteOutlineIcon fontSize="small" />
                </IconButton>
              </Tooltip>
            </Stack>
          </Stack>
          <LocalizedField
            label={t('editors.script.stepTitle')}
            value={step.title}
            onChange={(title) => set({ title })}
            language={language}
            orgDefault={orgDefault}
            testId={`step-${step.id}-title`}
          />
          <LocalizedLinesField
            label={t('editors.script.lines')}
            value={step.lines}
            onChange={(lines) => set({ lines })}
            language={language}
            orgDefault={orgDefault}
            placeholders
            testId={`step-${step.id}-lines`}
          />
          <LocalizedField
            label={t('editors.script.coaching')}
            value={step.coaching}
            onChange={(coaching) => set({ coaching })}
            language={language}
            orgDefault={orgDefault}
            multiline
            testId={`step-${step.id}-coaching`}
          />
          <TextField
            select
            size="small"
            label={t('editors.script.objectionCategories')}
            value={step.objectionCategories ?? []}
            onChange={(e) => {
              set({
                objectionCategories: selectedValues(e.target.value).filter(isObjectionCategory),
              });
            }}
            slotProps={{
              select: {
                multiple: true,
                renderValue: (selected) => (
                  <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
                    {selectedValues(selected)
                      .filter(isObjectionCategory)
                      .map((c) => (
                        <Chip key={c} size="small" label={t(`objections.category.${c}`)} />
                      ))}
                  </Stack>
                ),
              },
            }}
          >
            {OBJECTION_CATEGORIES.map((c) => (
              <MenuItem key={c} value={c}>
                {t(`objections.category.${c}`)}
              </MenuItem>
            ))}
          </TextField>
          <Box>
            <Typography variant="subtitle2" sx={{ mb: 1 }}>
              {t('editors.script.branches')}
            </Typography>
            {step.branches.length === 0 && (
              <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                {t('editors.script.noBranches')}
              </Typography>
            )}
            <Stack sx={{ gap: 1.5 }}>
              {step.branches.map((b, i) => {
                const missing = b.next !== '' && !ids.has(b.next);
                const setBranch = (patch: Partial<typeof b>) =>
                  set({
                    branches: step.branches.map((x, j) => (j === i ? { ...x, ...patch } : x)),
                  });
                return (
                  <Stack
                    key={i}
                    direction={{ xs: 'column', sm: 'row' }}
                    sx={{ gap: 1, alignItems: { sm: 'flex-start' } }}
                    data-testid="branch"
                  >
                    <Box sx={{ flex: 3 }}>
                      <LocalizedField
                        label={t('editors.script.branchLabel')}
                        value={b.label}
                        onChange={(label) => setBranch({ label })}
                        language={language}
                        orgDefault={orgDefault}
                      />
                    </Box>
                    <TextField
                      select
                      size="small"
                      label={t('editors.script.branchNext')}
                      value={b.next}
                      onChange={(e) => setBranch({ next: e.target.value })}
                      error={missing || b.next === ''}
                      helperText={
                        missing
                          ? t('editors.script.branchMissing', { step: b.next })
                          : b.next === ''
                            ? t('editors.issue.branchTargetRequired', { step: step.id })
                            : undefined
                      }
                      sx={{ flex: 2, minWidth: 180 }}
                      slotProps={{ htmlInput: { 'data-testid': 'branch-next' } }}
                    >
                      {steps.map((s) => (
                        <MenuItem key={s.id} value={s.id}>
                          <bdi>{stepLabel(s)}</bdi>
                        </MenuItem>
                      ))}
                      {missing && (
                        <MenuItem value={b.next} disabled>
                          <LtrText>{b.next}</LtrText>
                        </MenuItem>
                      )}
                    </TextField>
                    <Tooltip title={t('editors.script.removeBranch')}>
                      <IconButton
                        aria-label={t('editors.script.removeBranch')}
                        onClick={() => set({ branches: step.branches.filter((_, j) => j !== i) })}
                      >
                        <DeleteOutlineIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                  </Stack>
                );
              })}
            </Stack>
            <Button
              size="small"
              startIcon={<AddIcon />}
              sx={{ mt: 1 }}
              onClick={() => set({ branches: [...step.branches, { label: {}, next: '' }] })}
              data-testid={`step-${step.id}-add-branch`}
            >
              {t('editors.script.addBranch')}
            </Button>
          </Box>
        </Stack>
      </AccordionDetails>
    </Accordion>
  );
}
