// The refusal dialog's fields: why the lead said no (the objection cards' categories, one click)
// and the new offer to make on the re-call. The offer field has the focus, so "5" then Enter
// still saves a refusal at once.
import { useTranslation } from 'react-i18next';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { OBJECTION_CATEGORIES, type ObjectionCategory } from '../../../shared/domain/objections';
import { NEW_OFFER_MAX } from '../../../shared/domain/lead';
import type { RefusalDetails } from './use-refusal-details';

export function RefusalFields({ refusal }: { refusal: RefusalDetails }) {
  const { t } = useTranslation();
  return (
    <Stack sx={{ gap: 1.5 }}>
      <Typography variant="body2" color="text.secondary" id="refusal-reason-label">
        {t('followUp.refusal.reason')}
      </Typography>
      <ToggleButtonGroup
        exclusive
        size="small"
        value={refusal.objection}
        onChange={(_, v: ObjectionCategory | null) => refusal.setObjection(v)}
        aria-labelledby="refusal-reason-label"
        sx={{ flexWrap: 'wrap', gap: 0.5 }}
      >
        {OBJECTION_CATEGORIES.map((c) => (
          <ToggleButton
            key={c}
            value={c}
            data-testid={`refusal-reason-${c}`}
            sx={{ borderRadius: 1, border: 1, borderColor: 'divider' }}
          >
            {t(`objections.category.${c}`)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      <TextField
        autoFocus
        label={t('followUp.refusal.newOffer')}
        helperText={t('followUp.refusal.newOfferHint')}
        value={refusal.newOffer}
        onChange={(e) => refusal.setNewOffer(e.target.value.slice(0, NEW_OFFER_MAX))}
        slotProps={{ htmlInput: { 'data-testid': 'refusal-new-offer', maxLength: NEW_OFFER_MAX } }}
      />
    </Stack>
  );
}
