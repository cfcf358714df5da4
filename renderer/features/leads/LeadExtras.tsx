// What the scripts ask agents to collect, on the lead card: postal address, interests, and the
// columns an import brought along (lead.custom), each "label: value", instead of hidden.
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import HomeOutlinedIcon from '@mui/icons-material/HomeOutlined';
import type { Lead } from '../../../shared/domain/lead';
import { LeadFacts } from './LeadFacts';

export type LeadExtrasProps = { lead: Pick<Lead, 'address' | 'interests' | 'custom'> };

export function LeadExtras({ lead }: LeadExtrasProps) {
  const { t } = useTranslation();
  const address = lead.address?.trim();
  const interests = lead.interests ?? [];
  const custom = Object.entries(lead.custom).filter(([, v]) => v.trim());
  if (!address && interests.length === 0 && custom.length === 0) return null;
  return (
    <Stack sx={{ gap: 1, mt: 1.5 }} data-testid="lead-extras">
      {address && (
        <Stack direction="row" sx={{ gap: 0.75, alignItems: 'flex-start' }}>
          <HomeOutlinedIcon
            fontSize="small"
            color="action"
            titleAccess={t('leadDesk.field.address')}
          />
          <Typography
            variant="body2"
            sx={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}
            data-testid="lead-address"
          >
            <bdi dir="auto">{address}</bdi>
          </Typography>
        </Stack>
      )}
      {interests.length > 0 && (
        <Stack
          direction="row"
          sx={{ gap: 0.5, flexWrap: 'wrap', alignItems: 'center' }}
          data-testid="lead-interests"
          aria-label={t('leadDesk.field.interests')}
        >
          <Typography variant="body2" color="text.secondary" sx={{ marginInlineEnd: 0.5 }}>
            {t('leadDesk.field.interests')}
          </Typography>
          {interests.map((i) => (
            <Chip key={i} size="small" label={<bdi>{i}</bdi>} />
          ))}
        </Stack>
      )}
      {custom.length > 0 && (
        <Box data-testid="lead-custom">
          <LeadFacts dense rows={custom.map(([label, value]) => ({ label, value }))} />
        </Box>
      )}
    </Stack>
  );
}
