import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Drawer from '@mui/material/Drawer';
import InputAdornment from '@mui/material/InputAdornment';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
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
};

/** Objection cards at one key: searchable in any spelling, filtered by category. */
export function ObjectionCards({
  open,
  onClose,
  cards,
  orgDefault,
  values,
  suggested = [],
}: ObjectionCardsProps) {
  const { t } = useTranslation();
  const localize = useLocalized(orgDefault);
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<ObjectionCategory | null>(null);

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
            <CardContent>
              <Typography variant="overline" color="text.secondary">
                {t(`objections.category.${card.category}`)}
              </Typography>
              <Typography variant="subtitle1" sx={{ fontWeight: 700 }}>
                {title?.value}
                {title?.isFallback && <FallbackMarker language={title.language} />}
              </Typography>
              <Typography variant="body2" sx={{ fontStyle: 'italic', my: 0.5 }}>
                {t('objections.customerSays')}:{' '}
                {objection ? fillPlaceholders(objection.value, values) : ''}
              </Typography>
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
          </Card>
        ))}
      </Box>
    </Drawer>
  );
}
