import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Collapse from '@mui/material/Collapse';
import Drawer from '@mui/material/Drawer';
import InputAdornment from '@mui/material/InputAdornment';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import SearchIcon from '@mui/icons-material/Search';
import {
  OBJECTION_CATEGORIES,
  type ObjectionCard,
  type ObjectionCategory,
  type PlaceholderValues,
  fillPlaceholders,
} from '../../../../shared/domain/content';
import type { ContentLanguage } from '../../../../shared/domain/localized-content';
import { matchesQuery, searchTokens } from '../../../../shared/domain/search-key';
import { FallbackMarker } from '../../../ui/components/FallbackMarker';
import { useLocalized } from '../../../i18n/use-localized';

export type ObjectionCardsProps = {
  open: boolean;
  onClose: () => void;
  cards: readonly ObjectionCard[];
  orgDefault: ContentLanguage;
  values: PlaceholderValues;
  /** Categories the current script step suggests, shown first. */
  suggested?: readonly ObjectionCategory[];
  /** Cards already opened on this call (marked as such). */
  opened?: readonly string[];
  /** A card opened to read its answers: the call records it. */
  onOpen?: (cardId: ObjectionCard['id']) => void;
};

/**
 * Objection cards at one key: searchable in any spelling, filtered by category. A card opens to
 * show its answers; the cards opened are recorded with the call (objection analytics).
 */
export function ObjectionCards({
  open,
  onClose,
  cards,
  orgDefault,
  values,
  suggested = [],
  opened = [],
  onOpen,
}: ObjectionCardsProps) {
  const { t } = useTranslation();
  const localize = useLocalized(orgDefault);
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<ObjectionCategory | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = (id: ObjectionCard['id']) => {
    const next = new Set(expanded);
    if (next.has(id)) next.delete(id);
    else {
      next.add(id);
      onOpen?.(id);
    }
    setExpanded(next);
  };

  const resolved = useMemo(
    () =>
      cards.map((card) => {
        const title = localize(card.title);
        const objection = localize(card.objection);
        const responses = localize(card.responses);
        const text = [title?.value, objection?.value, ...(responses?.value ?? [])].join(' ');
        return { card, title, objection, responses, tokens: searchTokens(text) };
      }),
    [cards, localize],
  );
  const shown = resolved
    .filter((r) => (category ? r.card.category === category : true))
    .filter((r) => matchesQuery(r.tokens, query))
    .sort(
      (a, b) =>
        Number(suggested.includes(b.card.category)) - Number(suggested.includes(a.card.category)),
    );

  return (
    <Drawer
      anchor="right"
      open={open}
      onClose={onClose}
      slotProps={{ paper: { sx: { width: { xs: '100%', sm: 460 }, p: 2 } } }}
    >
      <Typography variant="h6" component="h2" id="objection-cards-title">
        {t('objections.title')}
      </Typography>
      <TextField
        autoFocus
        fullWidth
        size="small"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder={t('objections.search')}
        sx={{ my: 1.5 }}
        slotProps={{
          htmlInput: { 'data-testid': 'objection-search', 'aria-label': t('objections.search') },
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon fontSize="small" />
              </InputAdornment>
            ),
          },
        }}
      />
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.75, mb: 1.5 }}>
        <Chip
          label={t('objections.all')}
          color={category === null ? 'primary' : 'default'}
          onClick={() => setCategory(null)}
        />
        {OBJECTION_CATEGORIES.map((c) => (
          <Chip
            key={c}
            label={t(`objections.category.${c}`)}
            color={category === c ? 'primary' : 'default'}
            variant={suggested.includes(c) ? 'filled' : 'outlined'}
            onClick={() => setCategory(category === c ? null : c)}
            data-testid={`objection-category-${c}`}
          />
        ))}
      </Stack>
      <Box sx={{ overflowY: 'auto', flexGrow: 1 }} data-testid="objection-list">
        {shown.length === 0 && (
          <Typography color="text.secondary">{t('objections.none')}</Typography>
        )}
        {shown.map(({ card, title, objection, responses }) => (
          <Card key={card.id} sx={{ mb: 1.5 }} data-testid="objection-card">
            <CardActionArea
              onClick={() => toggle(card.id)}
              aria-expanded={expanded.has(card.id)}
              aria-controls={`objection-answers-${card.id}`}
              data-testid="objection-card-open"
              data-card-id={card.id}
            >
              <CardContent sx={{ pb: 1 }}>
                <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
                  <Typography variant="overline" color="text.secondary" sx={{ flexGrow: 1 }}>
                    {t(`objections.category.${card.category}`)}
                  </Typography>
                  {opened.includes(card.id) && (
                    <CheckCircleIcon
                      fontSize="small"
                      color="success"
                      titleAccess={t('insightLosses.cardOpened')}
                      data-testid="objection-card-opened"
                    />
                  )}
                  <ExpandMoreIcon
                    fontSize="small"
                    sx={{
                      transform: expanded.has(card.id) ? 'rotate(180deg)' : 'none',
                      transition: 'transform 150ms',
                    }}
                  />
                </Stack>
                <Typography variant="subtitle1" sx={{ fontWeight: 700 }}>
                  {title?.value}
                  {title?.isFallback && <FallbackMarker language={title.language} />}
                </Typography>
                <Typography variant="body2" sx={{ fontStyle: 'italic', mt: 0.5 }}>
                  {t('objections.customerSays')}:{' '}
                  {objection ? fillPlaceholders(objection.value, values) : ''}
                </Typography>
              </CardContent>
            </CardActionArea>
            <Collapse in={expanded.has(card.id)}>
              <CardContent sx={{ pt: 0 }} id={`objection-answers-${card.id}`}>
                <List dense disablePadding>
                  {(responses?.value ?? []).map((line, i) => (
                    <ListItem
                      key={i}
                      disableGutters
                      sx={{ display: 'list-item', listStyle: 'disc', marginInlineStart: 2.5 }}
                    >
                      {fillPlaceholders(line, values)}
                    </ListItem>
                  ))}
                </List>
              </CardContent>
            </Collapse>
          </Card>
        ))}
      </Box>
    </Drawer>
  );
}
