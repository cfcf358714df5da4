// Lead search for everyone at the desk: name, company, e-mail or a phone number typed any way,
// answered from the desk's indexes as the person types (leads-repo searchLeads). Arrow keys and
// Enter pick a lead; an agent can add the person as a new lead when nobody matches.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import InputAdornment from '@mui/material/InputAdornment';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import PersonAddAlt1Icon from '@mui/icons-material/PersonAddAlt1';
import SearchIcon from '@mui/icons-material/Search';
import { countryForTimezone } from '../../../shared/domain/dnc';
import { isAgent } from '../../../shared/domain/content';
import { searchLeads } from '../../db/leads-repo';
import type { StoredLead } from '../../db/schema';
import { useDeskDb } from '../../db/use-desk-db';
import { useAppStore } from '../../store/use-app-store';
import { LtrText } from '../../ui/components/LtrText';
import { useOrganisation } from '../../ui/desk/use-organisation';
import { useUsers } from '../../ui/desk/use-users';
import { useOpenLead } from './use-open-lead';

const LIMIT = 20;

export type LeadSearchDialogProps = {
  open: boolean;
  onClose: () => void;
  /** Opens the new-lead form, prefilled from what was typed. */
  onNewLead: (query: string) => void;
};

export function LeadSearchDialog({ open, onClose, onNewLead }: LeadSearchDialogProps) {
  const { t } = useTranslation();
  const db = useDeskDb();
  const organisation = useOrganisation();
  const users = useUsers();
  const user = useAppStore((s) => s.user);
  const openLead = useOpenLead();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const country = countryForTimezone(organisation?.timezone);
  const results = useLiveQuery(
    async (): Promise<StoredLead[] | null> =>
      query.trim() ? searchLeads(db, query, LIMIT, undefined, { defaultCountry: country }) : null,
    [db, query, country],
  );
  useEffect(() => setActive(0), [query]);
  useEffect(() => {
    if (open) setQuery('');
  }, [open]);

  const pick = (lead: StoredLead) => {
    onClose();
    openLead(lead);
  };
  const ownerOf = (l: StoredLead) =>
    l.ownerId
      ? (users.find((u) => u.id === l.ownerId)?.displayName ?? '')
      : t('leadDesk.search.teamQueue');
  const list = results ?? [];
  const canAdd = user !== null && isAgent(user);

  return (
    <Dialog
      open={open}
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      sx={{ '& .MuiDialog-container': { alignItems: 'flex-start' } }}
      slotProps={{ paper: { sx: { mt: 8 } } }}
      data-testid="lead-search"
    >
      <DialogContent sx={{ pb: 1 }}>
        <TextField
          autoFocus
          fullWidth
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t('leadDesk.search.placeholder')}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              setActive((i) => Math.min(i + 1, list.length - 1));
            } else if (e.key === 'ArrowUp') {
              e.preventDefault();
              setActive((i) => Math.max(i - 1, 0));
            } else if (e.key === 'Enter') {
              e.preventDefault();
              const hit = list[active];
              if (hit) pick(hit);
            }
          }}
          slotProps={{
            htmlInput: {
              'aria-label': t('leadDesk.search.label'),
              'data-testid': 'lead-search-input',
              dir: 'auto',
            },
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon />
                </InputAdornment>
              ),
            },
          }}
        />
        {results === null || results === undefined ? (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
            {t('leadDesk.search.hint')}
          </Typography>
        ) : list.length === 0 ? (
          <Typography sx={{ mt: 1.5 }} data-testid="lead-search-empty">
            {t('leadDesk.search.none')}
          </Typography>
        ) : (
          <List
            dense
            sx={{ mt: 1, maxHeight: '60vh', overflowY: 'auto' }}
            aria-label={t('leadDesk.search.results')}
          >
            {list.map((l, i) => (
              <ListItemButton
                key={l.id}
                selected={i === active}
                onClick={() => pick(l)}
                onMouseEnter={() => setActive(i)}
                data-testid="lead-search-result"
                sx={{ borderRadius: 1, alignItems: 'flex-start', gap: 1.5 }}
              >
                <Box sx={{ flexGrow: 1, minWidth: 0 }}>
                  <Typography sx={{ fontWeight: 600 }} noWrap>
                    <bdi>{l.name}</bdi>
                    {l.company && (
                      <Typography
                        component="span"
                        color="text.secondary"
                        sx={{ marginInlineStart: 1 }}
                      >
                        <bdi>{l.company}</bdi>
                      </Typography>
                    )}
                  </Typography>
                  <Stack
                    direction="row"
                    sx={{ gap: 1.5, flexWrap: 'wrap', color: 'text.secondary', fontSize: 14 }}
                  >
                    {l.phoneE164 && <LtrText>{l.phoneE164}</LtrText>}
                    {l.email && <LtrText>{l.email}</LtrText>}
                    <span>
                      <bdi>{ownerOf(l)}</bdi>
                    </span>
                  </Stack>
                </Box>
                <Chip size="small" variant="outlined" label={t(`stage.${l.stage}`)} />
              </ListItemButton>
            ))}
          </List>
        )}
      </DialogContent>
      <DialogActions sx={{ justifyContent: 'space-between', px: 3 }}>
        <Typography variant="caption" color="text.secondary">
          {t('leadDesk.search.keys')}
        </Typography>
        {canAdd && (
          <Button
            startIcon={<PersonAddAlt1Icon />}
            onClick={() => onNewLead(query)}
            data-testid="lead-search-new"
          >
            {t('leadDesk.new.open')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
