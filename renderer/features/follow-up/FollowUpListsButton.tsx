// The hunter's way into their own follow-up lists: a button that opens them in a dialog.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import PlaylistAddCheckIcon from '@mui/icons-material/PlaylistAddCheck';
import { FollowUpLists } from './FollowUpLists';

export function FollowUpListsButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        startIcon={<PlaylistAddCheckIcon />}
        onClick={() => setOpen(true)}
        data-testid="open-follow-up"
      >
        {t('followUp.open')}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        fullWidth
        maxWidth="lg"
        data-testid="follow-up-dialog"
      >
        <DialogTitle>{t('followUp.title')}</DialogTitle>
        <DialogContent>{open && <FollowUpLists scope="own" />}</DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{t('followUp.close')}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
