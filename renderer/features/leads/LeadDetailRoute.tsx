// The lead detail page: opened by a link (#/…?lead=<id>) from search or a list, full screen over
// the area, closed with Esc, the close button or back.
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import CloseIcon from '@mui/icons-material/Close';
import type { LeadId } from '../../../shared/domain/ids';
import { useDeskDb } from '../../db/use-desk-db';
import { LeadDetail } from './LeadDetail';
import { useLeadRoute } from './use-lead-route';

export function LeadDetailRoute() {
  const { t } = useTranslation();
  const db = useDeskDb();
  const [leadId, close] = useLeadRoute();
  const lead = useLiveQuery(
    async () => (leadId ? ((await db.leads.get(leadId as LeadId)) ?? null) : null),
    [db, leadId],
  );
  return (
    <Dialog
      open={leadId !== null}
      onClose={close}
      fullScreen
      aria-labelledby="lead-detail-title"
      data-testid="lead-detail-page"
    >
      <Stack
        direction="row"
        sx={{
          alignItems: 'center',
          gap: 1.5,
          px: 3,
          py: 1.5,
          borderBottom: 1,
          borderColor: 'divider',
          position: 'sticky',
          top: 0,
          bgcolor: 'background.paper',
          zIndex: 1,
        }}
      >
        <Stack sx={{ flexGrow: 1, minWidth: 0 }}>
          <Typography variant="overline" color="text.secondary" sx={{ lineHeight: 1.5 }}>
            {t('leadDesk.detail.title')}
          </Typography>
          <Typography
            id="lead-detail-title"
            variant="h5"
            component="h2"
            sx={{ fontWeight: 700 }}
            noWrap
            data-testid="lead-detail-name"
          >
            <bdi>{lead?.name ?? ''}</bdi>
            {lead?.company && (
              <Typography
                component="span"
                variant="h6"
                color="text.secondary"
                sx={{ marginInlineStart: 1.5 }}
              >
                <bdi>{lead.company}</bdi>
              </Typography>
            )}
          </Typography>
        </Stack>
        {lead && <Chip color="primary" variant="outlined" label={t(`stage.${lead.stage}`)} />}
        <IconButton
          onClick={close}
          aria-label={t('leadDesk.detail.close')}
          data-testid="lead-detail-close"
        >
          <CloseIcon />
        </IconButton>
      </Stack>
      <DialogContent sx={{ p: { xs: 2, md: 3 }, bgcolor: 'background.default' }}>
        {lead ? (
          <LeadDetail lead={lead} />
        ) : (
          lead === null && <Alert severity="info">{t('errors.leadNotFound')}</Alert>
        )}
      </DialogContent>
    </Dialog>
  );
}
