import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';

export type ScriptInboundSwitchProps = {
  checked: boolean;
  onChange: (inbound: boolean) => void;
};

/** Whether a script is for customers who call in (on the number of its product's advert). */
export function ScriptInboundSwitch({ checked, onChange }: ScriptInboundSwitchProps) {
  const { t } = useTranslation();
  const hintId = useId();
  return (
    <Stack>
      <FormControlLabel
        control={
          <Switch
            checked={checked}
            onChange={(e) => onChange(e.target.checked)}
            slotProps={{
              input: { 'data-testid': 'script-inbound', 'aria-describedby': hintId } as object,
            }}
          />
        }
        label={t('editors.script.inbound')}
      />
      <FormHelperText id={hintId} sx={{ mt: 0 }}>
        {t('editors.script.inboundHint')}
      </FormHelperText>
    </Stack>
  );
}
