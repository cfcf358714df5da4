// The top bar's lead search: a button that looks like a search box, `/` or Ctrl+K (⌘K) from
// anywhere, and the new-lead form it leads to.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import SearchIcon from '@mui/icons-material/Search';
import { isTypingTarget } from '../../ui/shortcuts/match-key';
import { KeyCap } from '../../ui/shortcuts/KeyCap';
import { useShortcuts } from '../../ui/shortcuts/use-shortcuts';
import { LeadSearchDialog } from './LeadSearchDialog';
import { NewLeadDialog } from './NewLeadDialog';

export function LeadSearch() {
  const { t } = useTranslation();
  const [searching, setSearching] = useState(false);
  const [adding, setAdding] = useState<string | null>(null);
  useShortcuts([
    { key: '/', label: 'leadDesk.search.open', group: 'general', run: () => setSearching(true) },
  ]);
  // Ctrl+K / ⌘K works while typing too; `/` on a keyboard whose slash key types another letter.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.repeat) return;
      const ctrlK = (e.ctrlKey || e.metaKey) && (e.code === 'KeyK' || e.key.toLowerCase() === 'k');
      const slash = !e.ctrlKey && !e.metaKey && e.code === 'Slash' && e.key !== '/' && !e.shiftKey;
      if (!ctrlK && !(slash && !isTypingTarget(e.target))) return;
      e.preventDefault();
      setSearching(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <Button
        color="inherit"
        variant="outlined"
        startIcon={<SearchIcon />}
        endIcon={<KeyCap keyName="/" />}
        onClick={() => setSearching(true)}
        aria-label={t('leadDesk.search.open')}
        aria-keyshortcuts="/ Control+K"
        data-testid="lead-search-open"
        sx={{
          textTransform: 'none',
          borderColor: 'primary.light',
          whiteSpace: 'nowrap',
          '& .MuiButton-endIcon kbd': { color: 'text.primary' },
        }}
      >
        <Box component="span" sx={{ display: { xs: 'none', lg: 'inline' } }}>
          {t('leadDesk.search.open')}
        </Box>
      </Button>
      <LeadSearchDialog
        open={searching}
        onClose={() => setSearching(false)}
        onNewLead={(query) => {
          setSearching(false);
          setAdding(query);
        }}
      />
      <NewLeadDialog
        open={adding !== null}
        initial={adding ?? ''}
        onClose={() => setAdding(null)}
      />
    </>
  );
}
