import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import CloseIcon from '@mui/icons-material/Close';
import { KeyCap } from '../../ui/shortcuts/KeyCap';
import type { ShortcutGroup } from '../../ui/shortcuts/registry';
import { useActiveShortcuts } from '../../ui/shortcuts/use-active-shortcuts';
import { useShortcuts } from '../../ui/shortcuts/use-shortcuts';

const GROUP_ORDER: readonly ShortcutGroup[] = ['call', 'dispositions', 'navigation', 'general'];

/** The `?` sheet: every shortcut that works on the current screen, grouped. */
export function ShortcutSheet() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  useShortcuts([
    { key: '?', label: 'shortcuts.showSheet', group: 'general', run: () => setOpen((v) => !v) },
  ]);
  const shortcuts = useActiveShortcuts();
  const groups = useMemo(
    () =>
      GROUP_ORDER.map((g) => ({ group: g, items: shortcuts.filter((s) => s.group === g) })).filter(
        (g) => g.items.length > 0,
      ),
    [shortcuts],
  );
  return (
    <Dialog
      open={open}
      onClose={() => setOpen(false)}
      fullWidth
      maxWidth="sm"
      aria-labelledby="shortcut-sheet-title"
    >
      <DialogTitle id="shortcut-sheet-title" sx={{ paddingInlineEnd: 6 }}>
        {t('shortcuts.title')}
        <IconButton
          aria-label={t('shortcuts.close')}
          onClick={() => setOpen(false)}
          sx={{ position: 'absolute', insetInlineEnd: 8, top: 8 }}
        >
          <CloseIcon />
        </IconButton>
      </DialogTitle>
      <DialogContent data-testid="shortcut-sheet">
        {groups.map(({ group, items }) => (
          <div key={group}>
            <Typography variant="overline" component="h2" color="text.secondary">
              {t(`shortcuts.group.${group}`)}
            </Typography>
            <Table size="small" sx={{ mb: 2 }}>
              <TableBody>
                {items.map((s) => (
                  <TableRow key={`${s.group}-${s.key}`}>
                    <TableCell sx={{ width: 80 }}>
                      <KeyCap keyName={s.key} />
                    </TableCell>
                    <TableCell>{t(s.label)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        ))}
      </DialogContent>
    </Dialog>
  );
}
