import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Collapse from '@mui/material/Collapse';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import EventIcon from '@mui/icons-material/Event';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import ScheduleIcon from '@mui/icons-material/Schedule';
import type { Activity, Lead } from '../../../shared/domain/lead';
import { touchChain, type DoneTouch, type PlannedTouch } from '../../../shared/domain/touch-chain';
import { useDeskDb } from '../../db/use-desk-db';
import { useFormat } from '../../i18n/use-format';
import { useTouchSettings } from './use-touch-settings';

export type TouchChainProps = { lead: Lead };

const NO_ACTIVITIES: Activity[] = [];

/** "Touches 4 / 9": the lead's chain towards the organisation's goal, done and planned. */
export function TouchChain({ lead }: TouchChainProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const db = useDeskDb();
  const { goal } = useTouchSettings();
  const [open, setOpen] = useState(false);
  const activities =
    useLiveQuery(
      () =>
        db.activities
          .where('[leadId+at]')
          .between([lead.id, -Infinity], [lead.id, Infinity])
          .toArray(),
      [db, lead.id],
    ) ?? NO_ACTIVITIES;
  const chain = touchChain(lead, activities, goal, Date.now());
  const doneText = (d: DoneTouch) =>
    d.kind === 'message' && d.channel
      ? t(`messages.sentBy.${d.channel}`)
      : t(`messages.chain.${d.kind}`);
  const plannedText = (p: PlannedTouch, n: number) =>
    p.kind === 'open'
      ? t('messages.chain.toPlan', { n: format.number(n) })
      : p.kind === 'meeting'
        ? t('messages.chain.meeting')
        : t(`messages.chain.${p.reason ?? 'call'}`);
  const firstPlanned = chain.count + 1;
  return (
    <Box
      sx={{ mt: 1.5 }}
      data-testid="lead-touches"
      data-count={chain.count}
      data-goal={chain.goal}
    >
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
        <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
          <span data-testid="touch-count">
            {t('messages.chain.title', {
              n: format.number(chain.count),
              goal: format.number(chain.goal),
            })}
          </span>
          {chain.reached && ` · ${t('messages.chain.reached')}`}
        </Typography>
        <Button
          size="small"
          onClick={() => setOpen((o) => !o)}
          aria-expanded={open}
          data-testid="touch-chain-toggle"
        >
          {open ? t('messages.chain.hide') : t('messages.chain.show')}
        </Button>
      </Stack>
      <LinearProgress
        variant="determinate"
        value={Math.min(100, (chain.count / chain.goal) * 100)}
        color={chain.reached ? 'success' : 'primary'}
        sx={{ height: 6, borderRadius: 3, mt: 0.5 }}
      />
      <Collapse in={open} unmountOnExit>
        <List dense disablePadding data-testid="touch-chain" sx={{ mt: 1 }}>
          {chain.unseen > 0 && (
            <ListItem disableGutters>
              <ListItemIcon sx={{ minWidth: 32 }}>
                <CheckCircleIcon fontSize="small" color="success" />
              </ListItemIcon>
              <ListItemText
                primary={t('messages.chain.earlier', { n: format.number(chain.unseen) })}
              />
            </ListItem>
          )}
          {chain.done.map((d) => (
            <ListItem key={d.activityId} disableGutters data-testid="touch-done">
              <ListItemIcon sx={{ minWidth: 32 }}>
                <CheckCircleIcon fontSize="small" color="success" />
              </ListItemIcon>
              <ListItemText primary={doneText(d)} secondary={format.dateTime(d.at)} />
            </ListItem>
          ))}
          {chain.planned.map((p, i) => (
            <ListItem key={`planned-${i}`} disableGutters data-testid="touch-planned">
              <ListItemIcon sx={{ minWidth: 32 }}>
                {p.kind === 'open' ? (
                  <RadioButtonUncheckedIcon fontSize="small" color="disabled" />
                ) : p.kind === 'meeting' ? (
                  <EventIcon fontSize="small" color="primary" />
                ) : (
                  <ScheduleIcon fontSize="small" color="primary" />
                )}
              </ListItemIcon>
              <ListItemText
                primary={plannedText(p, firstPlanned + i)}
                secondary={p.at !== null ? format.dateTime(p.at) : null}
                slotProps={{ primary: { color: p.kind === 'open' ? 'text.secondary' : undefined } }}
              />
            </ListItem>
          ))}
        </List>
      </Collapse>
    </Box>
  );
}
