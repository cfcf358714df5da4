import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import AddIcon from '@mui/icons-material/Add';
import {
  SCRIPT_ROLES,
  type CallScript,
  type Product,
  type ProductId,
  type ScriptRole,
  type ScriptStep,
} from '../../../../shared/domain/content';
import { moveItem, type EditIssue } from '../../../../shared/domain/editing';
import {
  resolveLocalized,
  type ContentLanguage,
} from '../../../../shared/domain/localized-content';
import { LocalizedField } from '../components/LocalizedField';
import { ScriptInboundSwitch } from './ScriptInboundSwitch';
import { ScriptListsField, withLists } from './ScriptListsField';
import { ScriptPreview } from './ScriptPreview';
import { StepEditor } from './StepEditor';

export type ScriptEditorProps = {
  value: CallScript;
  onChange: (script: CallScript) => void;
  products: readonly Product[];
  language: ContentLanguage;
  orgDefault: ContentLanguage;
  issues: readonly EditIssue[];
};

/** A step id not used yet: "step-4", "step-5"… */
function freshStepId(steps: readonly ScriptStep[]): string {
  const ids = new Set(steps.map((s) => s.id));
  let n = steps.length + 1;
  while (ids.has(`step-${n}`)) n++;
  return `step-${n}`;
}

/** Marked for inbound callers, or back to an ordinary script without the field (as stored before). */
function withInbound(script: CallScript, inbound: boolean): CallScript {
  const { inbound: _old, ...ordinary } = script;
  return inbound ? { ...ordinary, inbound: true } : ordinary;
}

/** A call script: name, role, product, inbound or not, and its steps; or its preview filled from a lead. */
export function ScriptEditor({
  value,
  onChange,
  products,
  language,
  orgDefault,
  issues,
}: ScriptEditorProps) {
  const { t } = useTranslation();
  const [view, setView] = useState<'steps' | 'preview'>('steps');
  const [open, setOpen] = useState<number | null>(0);
  const steps = value.steps;
  const setSteps = (next: ScriptStep[]) => onChange({ ...value, steps: next });

  const changeStep = (i: number, step: ScriptStep) => {
    const old = steps[i]?.id;
    // Renaming a step keeps the branches that lead to it.
    const renamed =
      old !== undefined && old !== step.id && steps.filter((s) => s.id === old).length === 1;
    setSteps(
      steps.map((s, j) => {
        const base = j === i ? step : s;
        return renamed
          ? {
              ...base,
              branches: base.branches.map((b) => (b.next === old ? { ...b, next: step.id } : b)),
            }
          : base;
      }),
    );
  };
  const move = (i: number, delta: -1 | 1) => {
    const j = i + delta;
    if (j < 0 || j >= steps.length) return;
    setSteps(moveItem(steps, i, j));
    setOpen(j);
  };
  const remove = (i: number) => {
    const step = steps[i];
    if (!step) return;
    const name = resolveLocalized(step.title, language, orgDefault)?.value ?? step.id;
    if (!window.confirm(t('editors.script.removeStepConfirm', { name }))) return;
    setSteps(steps.filter((_, j) => j !== i));
    setOpen(null);
  };
  const add = () => {
    const last = steps[steps.length - 1];
    setSteps([
      ...steps,
      {
        id: freshStepId(steps),
        phase: last?.phase ?? 'greeting',
        title: {},
        lines: {},
        branches: [],
      },
    ]);
    setOpen(steps.length);
  };

  return (
    <Stack sx={{ gap: 2 }}>
      <LocalizedField
        label={t('editors.script.name')}
        value={value.name}
        onChange={(name) => onChange({ ...value, name })}
        language={language}
        orgDefault={orgDefault}
        required
        testId="script-name"
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2 }}>
        <TextField
          select
          size="small"
          label={t('editors.script.role')}
          value={value.role}
          onChange={(e) => onChange({ ...value, role: e.target.value as ScriptRole })}
          sx={{ flex: 1 }}
          slotProps={{ htmlInput: { 'data-testid': 'script-role' } }}
        >
          {SCRIPT_ROLES.map((r) => (
            <MenuItem key={r} value={r}>
              {t(`roles.${r}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={t('editors.script.product')}
          value={value.productId ?? ''}
          onChange={(e) =>
            onChange({ ...value, productId: (e.target.value || null) as ProductId | null })
          }
          sx={{ flex: 1 }}
        >
          <MenuItem value="">{t('editors.script.noProduct')}</MenuItem>
          {products.map((p) => (
            <MenuItem key={p.id} value={p.id}>
              <bdi>{resolveLocalized(p.name, language, orgDefault)?.value ?? p.id}</bdi>
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      <ScriptInboundSwitch
        checked={value.inbound === true}
        onChange={(inbound) => onChange(withInbound(value, inbound))}
      />
      <ScriptListsField
        value={value.lists ?? []}
        onChange={(lists) => onChange(withLists(value, lists))}
      />
      <Box sx={{ borderBottom: 1, borderColor: 'divider' }}>
        <Tabs value={view} onChange={(_e, v: 'steps' | 'preview') => setView(v)}>
          <Tab value="steps" label={t('editors.script.steps')} data-testid="script-tab-steps" />
          <Tab
            value="preview"
            label={t('editors.script.preview')}
            data-testid="script-tab-preview"
          />
        </Tabs>
      </Box>
      {view === 'steps' ? (
        <Box>
          {steps.map((step, i) => (
            <StepEditor
              key={i}
              step={step}
              index={i}
              count={steps.length}
              steps={steps}
              onChange={(s) => changeStep(i, s)}
              onMove={(d) => move(i, d)}
              onRemove={() => remove(i)}
              language={language}
              orgDefault={orgDefault}
              issues={issues}
              expanded={open === i}
              onToggle={() => setOpen(open === i ? null : i)}
            />
          ))}
          <Button
            startIcon={<AddIcon />}
            onClick={add}
            sx={{ mt: 1 }}
            data-testid="script-add-step"
          >
            {t('editors.script.addStep')}
          </Button>
        </Box>
      ) : (
        <ScriptPreview
          script={value}
          product={products.find((p) => p.id === value.productId) ?? null}
          language={language}
          orgDefault={orgDefault}
        />
      )}
    </Stack>
  );
}
