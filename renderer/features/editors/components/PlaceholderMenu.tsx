import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import IconButton from '@mui/material/IconButton';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Tooltip from '@mui/material/Tooltip';
import DataObjectIcon from '@mui/icons-material/DataObject';
import { PLACEHOLDERS, type Placeholder } from '../../../../shared/domain/content';
import { LtrText } from '../../../ui/components/LtrText';

export type PlaceholderMenuProps = {
  onInsert: (placeholder: Placeholder) => void;
  testId?: string;
};

/** Inserts a placeholder ({lead.name} …) where the cursor is. */
export function PlaceholderMenu({ onInsert, testId = 'insert-placeholder' }: PlaceholderMenuProps) {
  const { t } = useTranslation();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Tooltip title={t('editors.placeholder.insert')}>
        <IconButton
          size="small"
          aria-label={t('editors.placeholder.insert')}
          aria-haspopup="menu"
          // Keep the text field's cursor where it is.
          onMouseDown={(e) => e.preventDefault()}
          onClick={(e) => setAnchor(e.currentTarget)}
          data-testid={testId}
        >
          <DataObjectIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {PLACEHOLDERS.map((p) => (
          <MenuItem
            key={p}
            data-testid={`placeholder-${p}`}
            onClick={() => {
              setAnchor(null);
              onInsert(p);
            }}
          >
            <ListItemText
              primary={t(`editors.placeholder.name.${p.replace('.', '_') as PlaceholderKey}`)}
              secondary={<LtrText>{`{${p}}`}</LtrText>}
            />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}

type PlaceholderKey =
  | 'lead_name'
  | 'lead_company'
  | 'agent_name'
  | 'org_name'
  | 'product_name'
  | 'product_price'
  | 'deadline'
  | 'benefit'
  | 'greeting';
