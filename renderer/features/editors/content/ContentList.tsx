import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import { contentMissingLanguages } from '../../../../shared/domain/editing';
import { isInboundScript } from '../../../../shared/domain/script-choice';
import type { ContentLanguage } from '../../../../shared/domain/localized-content';
import type { ContentKind, ContentRow } from '../../../../shared/domain/content';
import { useFormat } from '../../../i18n/use-format';
import { MissingLanguages } from '../components/MissingLanguages';
import { contentLabel } from './content-label';

export type ContentListProps = {
  kind: ContentKind;
  rows: readonly ContentRow[];
  selectedId: string | null;
  onSelect: (row: ContentRow) => void;
  onNew: () => void;
  language: ContentLanguage;
  orgDefault: ContentLanguage;
  /** Scripts the agents' call screens use for their own calls (the first ordinary one of a role). */
  inUse: ReadonlySet<string>;
};

/** The items of one kind, with their role or category and the languages they are missing. */
export function ContentList({
  kind,
  rows,
  selectedId,
  onSelect,
  onNew,
  language,
  orgDefault,
  inUse,
}: ContentListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const secondary = (row: ContentRow) => {
    switch (row.kind) {
      case 'script':
        return t(`roles.${row.data.role}`);
      case 'objection':
        return t(`objections.category.${row.data.category}`);
      case 'closing':
        return t(`editors.closingKind.${row.data.kind}`);
      case 'product':
        return t('editors.product.featureCount', {
          count: row.data.fab.length,
          n: format.number(row.data.fab.length),
        });
      case 'message':
        return row.data.channels.length === 0
          ? t('editors.message.allChannels')
          : row.data.channels.map((c) => t(`messages.channel.${c}`)).join(' · ');
    }
  };
  return (
    <Paper sx={{ p: 1, alignSelf: 'start' }} data-testid="content-list">
      <Stack direction="row" sx={{ alignItems: 'center', px: 1, py: 0.5 }}>
        <Typography variant="subtitle2" sx={{ flexGrow: 1 }}>
          {t(`editors.kind.${kind}`)}
        </Typography>
        <Button size="small" startIcon={<AddIcon />} onClick={onNew} data-testid="content-new">
          {t('editors.new')}
        </Button>
      </Stack>
      <List dense sx={{ maxHeight: 560, overflowY: 'auto' }}>
        {rows.length === 0 && (
          <Typography variant="body2" color="text.secondary" sx={{ p: 1 }}>
            {t('editors.emptyList')}
          </Typography>
        )}
        {rows.map((row) => (
          <ListItemButton
            key={row.id}
            selected={row.id === selectedId}
            onClick={() => onSelect(row)}
            data-testid={`content-item-${row.id}`}
            sx={{ alignItems: 'flex-start', borderRadius: 1 }}
          >
            <ListItemText
              primary={<bdi>{contentLabel(row, language, orgDefault)}</bdi>}
              secondary={
                <Stack component="span" sx={{ gap: 0.5, mt: 0.5 }}>
                  <span>{secondary(row)}</span>
                  {row.kind === 'script' && isInboundScript(row.data) && (
                    <Chip
                      component="span"
                      size="small"
                      color="info"
                      variant="outlined"
                      label={t('editors.script.inboundChip')}
                      sx={{ alignSelf: 'flex-start' }}
                      data-testid="script-inbound-chip"
                    />
                  )}
                  {inUse.has(row.id) && (
                    <Chip
                      component="span"
                      size="small"
                      color="success"
                      variant="outlined"
                      label={t('editors.script.inUse')}
                      sx={{ alignSelf: 'flex-start' }}
                    />
                  )}
                  <MissingLanguages missing={contentMissingLanguages(row.data)} />
                </Stack>
              }
              slotProps={{ secondary: { component: 'span' } }}
            />
          </ListItemButton>
        ))}
      </List>
    </Paper>
  );
}
