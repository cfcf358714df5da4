import { useEffect, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import InputAdornment from '@mui/material/InputAdornment';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import SearchIcon from '@mui/icons-material/Search';
import type { LeadId } from '../../../shared/domain/ids';
import { farmerCustomers, retentionQueue, searchLeads } from '../../db/leads-repo';
import { countryForTimezone } from '../../../shared/domain/dnc';
import {
  CHECK_IN_LOOKAHEAD_DAYS,
  checkInWindow,
  splitCheckIns,
} from '../../../shared/domain/check-ins';
import type { StoredLead } from '../../db/schema';
import { useDeskDb } from '../../db/use-desk-db';
import { useOrganisation } from '../../ui/desk/use-organisation';
import { useFormat } from '../../i18n/use-format';
import { useAppStore } from '../../store/use-app-store';
import { CallScreen } from '../call/CallScreen';
import { CustomerPanel } from './CustomerPanel';
import { TargetsBar } from '../call/components/TargetsBar';

const RETENTION = ['retained', 'upsold'] as const;
const ROW_HEIGHT = 60;
type View = 'due' | 'all';

/** The farmer's desk: customers due a check-in, the whole base with search, and the call. */
/** Customers read per page of the 'all customers' list. */
const PAGE = 1000;
/** The rows, where the coming check-ins start (null: none apart), and the list they answer. */
type Rows = [StoredLead[], number | null, string];
const NO_ROWS: Rows = [[], null, ''];

export function FarmerScreen() {
  const { t } = useTranslation();
  const db = useDeskDb();
  const user = useAppStore((s) => s.user);
  const format = useFormat();
  const organisation = useOrganisation();
  const selected = useAppStore((s) => s.openLead.farmer ?? null);
  const openLeadIn = useAppStore((s) => s.openLeadIn);
  const [view, setView] = useState<View>('due');
  const [query, setQuery] = useState('');
  // The whole base is paged in as the farmer scrolls: a page more whenever the end comes near.
  const [limit, setLimit] = useState(PAGE);
  // Due: today's and overdue check-ins, then those of the next days from `soonFrom` on.
  // A new view or search keeps the last rows on screen until its own come: `shown` says which.
  const [list, soonFrom, shown] =
    useLiveQuery(async (): Promise<Rows> => {
      if (!user) return NO_ROWS;
      const mine = (l: StoredLead) =>
        l.ownerId === user.id && (l.stage === 'won' || l.stage === 'retention');
      if (query.trim()) {
        const found = await searchLeads(db, query, 100, mine, {
          defaultCountry: countryForTimezone(organisation?.timezone),
        });
        return [found, null, 'search'];
      }
      if (view === 'all') return [await farmerCustomers(db, user.id, limit), null, 'all'];
      const { due, soon } = splitCheckIns(
        await retentionQueue(db, user.id, 2000),
        checkInWindow(Intl.DateTimeFormat().resolvedOptions().timeZone, Date.now()),
      );
      return [[...due, ...soon], soon.length > 0 ? due.length : null, 'due'];
    }, [db, user, view, query, limit, organisation?.timezone]) ?? NO_ROWS;
  const lead = useLiveQuery(
    () => (selected ? db.leads.get(selected as LeadId) : undefined),
    [db, selected],
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: list.length + (soonFrom === null ? 0 : 1),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const lastShown = virtualizer.getVirtualItems().at(-1)?.index ?? 0;
  const full = view === 'all' && !query.trim() && list.length >= limit;
  useEffect(() => {
    if (full && lastShown >= list.length - PAGE / 10) setLimit((l) => l + PAGE);
  }, [full, lastShown, list.length]);
  const extra = lead ? <CustomerPanel lead={lead} /> : null;

  return (
    <Box sx={{ p: { xs: 1.5, md: 2.5 } }} data-testid="area-farmer">
      <Typography variant="h5" component="h1" sx={{ fontWeight: 700, mb: 1.5 }}>
        {t('area.farmer.title')}
      </Typography>
      <TargetsBar bookingsLabel="targets.upsells" bookingDispositions={RETENTION} />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '320px 1fr' }, gap: 2 }}>
        <Paper sx={{ p: 1, alignSelf: 'start' }}>
          <TextField
            size="small"
            fullWidth
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder={t('farmer.search')}
            slotProps={{
              htmlInput: { 'aria-label': t('farmer.search'), 'data-testid': 'farmer-search' },
              input: {
                startAdornment: (
                  <InputAdornment position="start">
                    <SearchIcon fontSize="small" />
                  </InputAdornment>
                ),
              },
            }}
          />
          <Tabs value={view} onChange={(_e, v: View) => setView(v)} variant="fullWidth">
            <Tab value="due" label={t('farmer.due')} data-testid="farmer-tab-due" />
            <Tab value="all" label={t('farmer.base')} data-testid="farmer-tab-all" />
          </Tabs>
          {soonFrom === 0 && (
            <Typography variant="body2" color="text.secondary" sx={{ p: 1 }}>
              {t('farmer.noneDue')}
            </Typography>
          )}
          <Box ref={scrollRef} sx={{ maxHeight: '65vh', overflowY: 'auto' }}>
            {/* Virtualised: a farmer with thousands of customers renders only the rows in view. */}
            <List
              dense
              data-testid="farmer-list"
              data-shown={shown}
              sx={{ position: 'relative', height: virtualizer.getTotalSize() }}
            >
              {virtualizer.getVirtualItems().map((row) => {
                if (row.index === soonFrom) {
                  return (
                    <ListSubheader
                      key="soon"
                      data-testid="farmer-soon"
                      sx={{
                        position: 'absolute',
                        top: 0,
                        insetInlineStart: 0,
                        width: '100%',
                        height: ROW_HEIGHT,
                        display: 'flex',
                        alignItems: 'flex-end',
                        borderTop: 1,
                        borderColor: 'divider',
                        transform: `translateY(${row.start}px)`,
                      }}
                    >
                      {t('farmer.comingUp', {
                        count: CHECK_IN_LOOKAHEAD_DAYS,
                        n: format.number(CHECK_IN_LOOKAHEAD_DAYS),
                      })}
                    </ListSubheader>
                  );
                }
                const l =
                  list[soonFrom !== null && row.index > soonFrom ? row.index - 1 : row.index];
                if (!l) return null;
                return (
                  <ListItemButton
                    key={l.id}
                    selected={l.id === selected}
                    onClick={() => openLeadIn('farmer', l.id)}
                    data-testid="farmer-item"
                    data-next={l.nextCallAt ?? undefined}
                    sx={{
                      position: 'absolute',
                      top: 0,
                      insetInlineStart: 0,
                      width: '100%',
                      height: ROW_HEIGHT,
                      transform: `translateY(${row.start}px)`,
                    }}
                  >
                    <ListItemText
                      primary={`${l.name} · ${l.company}`}
                      secondary={
                        l.nextCallAt
                          ? t('farmer.nextCheckIn', { time: format.date(l.nextCallAt) })
                          : ''
                      }
                      slotProps={{
                        // The line takes the name's own direction, so a Latin name in Arabic is
                        // cut at its end (the company), never at its start (the person).
                        primary: {
                          noWrap: true,
                          dir: 'auto',
                          sx: { textAlign: 'match-parent' },
                        },
                        secondary: { noWrap: true },
                      }}
                    />
                    <Chip size="small" label={t(`stage.${l.stage}`)} />
                  </ListItemButton>
                );
              })}
            </List>
          </Box>
          {list.length === 0 && (
            <Typography variant="body2" color="text.secondary" sx={{ p: 1 }}>
              {t('farmer.empty')}
            </Typography>
          )}
        </Paper>
        {lead ? (
          <CallScreen
            key={lead.id}
            lead={lead}
            role="farmer"
            extra={extra}
            onDone={() => openLeadIn('farmer', null)}
          />
        ) : (
          <Stack>
            <Paper sx={{ p: 4 }}>
              <Typography color="text.secondary">{t('farmer.pick')}</Typography>
            </Paper>
          </Stack>
        )}
      </Box>
    </Box>
  );
}
