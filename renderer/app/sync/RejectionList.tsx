import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import CloseIcon from '@mui/icons-material/Close';
import { isMutationName } from '../../../shared/mutations/registry';
import { REJECTION_REASONS } from '../../../shared/sync/protocol';
import type { RejectionRecord } from '../../db/schema';
import { useDeskDb } from '../../db/use-desk-db';
import { useFormat } from '../../i18n/use-format';
import { areasFor, type Area } from '../../store/areas';
import { useAppStore } from '../../store/use-app-store';

export type RejectionListProps = {
  rejections: RejectionRecord[];
  /** Called after a lead was opened (to close the panel). */
  onOpened?: () => void;
};

/** Where a lead is worked, by its stage. */
function areaForStage(stage: string): Area {
  if (stage === 'meetingScheduled' || stage === 'proposalSent') return 'closer';
  if (stage === 'won') return 'farmer';
  return 'hunter';
}

/** Changes the server refused, newest first, each with the reason in the reader's language. */
export function RejectionList({ rejections, onOpened }: RejectionListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const db = useDeskDb();
  const user = useAppStore((s) => s.user);
  const setArea = useAppStore((s) => s.setArea);
  const openLeadIn = useAppStore((s) => s.openLeadIn);

  const openLead = async (leadId: string) => {
    const lead = await db.leads.get(leadId as never);
    if (!lead) return;
    const area = areaForStage(lead.stage);
    if (!areasFor(user?.roles ?? null).includes(area)) return;
    setArea(area);
    openLeadIn(area, leadId);
    onOpened?.();
  };

  const action = (name: string) =>
    isMutationName(name) ? t(`sync.mutation.${name}`) : t('sync.mutation.other');
  const reason = (code: string) =>
    code === 'serverError'
      ? t('sync.reason.serverError')
      : (REJECTION_REASONS as readonly string[]).includes(code)
        ? t(`sync.reason.${code as (typeof REJECTION_REASONS)[number]}`)
        : t('sync.reason.invalid');

  return (
    <Box data-testid="sync-rejections" sx={{ p: 2, pt: 1.5 }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="subtitle2" component="h3">
          {t('sync.rejections.title')}
        </Typography>
        <Button
          size="small"
          onClick={() => void db.rejections.clear()}
          data-testid="sync-rejections-dismiss-all"
        >
          {t('sync.rejections.dismissAll')}
        </Button>
      </Stack>
      <List dense disablePadding sx={{ maxHeight: 320, overflowY: 'auto' }}>
        {rejections.map((r) => (
          <ListItem
            key={r.id}
            disableGutters
            data-testid="sync-rejection"
            data-reason={r.reason}
            secondaryAction={
              <IconButton
                edge="end"
                aria-label={t('sync.rejections.dismiss')}
                onClick={() => r.id !== undefined && void db.rejections.delete(r.id)}
                data-testid="sync-rejection-dismiss"
              >
                <CloseIcon fontSize="small" />
              </IconButton>
            }
          >
            <ListItemText
              primary={
                <>
                  {action(r.name)}
                  {' · '}
                  {r.leadId !== null && r.leadName ? (
                    <Link
                      component="button"
                      type="button"
                      onClick={() => r.leadId !== null && void openLead(r.leadId)}
                      aria-label={t('sync.rejections.openLead', { name: r.leadName })}
                      sx={{ verticalAlign: 'baseline' }}
                    >
                      <bdi>{r.leadName}</bdi>
                    </Link>
                  ) : (
                    t('sync.rejections.unknownLead')
                  )}
                </>
              }
              secondary={`${reason(r.reason)} · ${format.time(r.at)}`}
              sx={{ pe: 4 }}
            />
          </ListItem>
        ))}
      </List>
    </Box>
  );
}
