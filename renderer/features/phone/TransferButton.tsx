// Live transfer: during a conversation the agent hands the customer to a closer (blind: SIP
// REFER, the customer's phone calls the closer and this desk leaves the call). The hand-off is
// recorded as booking a meeting does — the lead, with the notes and BANT, goes to the closer,
// whose desk pops it when the call arrives.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import PhoneForwardedIcon from '@mui/icons-material/PhoneForwarded';
import type { User } from '../../../shared/domain/content';
import type { UserId } from '../../../shared/domain/ids';
import type { PhoneDirectory } from '../../../shared/domain/telephony';
import type { CallOutcomeDetails } from '../call/hooks/use-log-call';
import type { Disposition } from '../../../shared/domain/dispositions';
import { useAppStore } from '../../store/use-app-store';
import { useDeskSyncController } from '../../ui/sync/use-desk-sync';
import { usePhone } from './phone-context';

export type TransferButtonProps = {
  leadId: string;
  closers: readonly User[];
  finish: (disposition: Disposition, details: CallOutcomeDetails) => Promise<void>;
};

/** A meeting booked by a live transfer starts now: a minute on, so it is never "in the past". */
const TRANSFER_MEETING_OFFSET_MS = 60_000;

export function TransferButton({ leadId, closers, finish }: TransferButtonProps) {
  const { t } = useTranslation();
  const handle = usePhone();
  const sync = useDeskSyncController();
  const call = useAppStore((s) => s.liveCall);
  const ended = useAppStore((s) => s.endedCall);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [directory, setDirectory] = useState<PhoneDirectory['entries'] | null>(null);
  const [transferTo, setTransferTo] = useState<UserId | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!anchor) return;
    void sync
      .phoneDirectory()
      .then((d) => setDirectory(d.entries))
      .catch(() => setError(t('phone.transfer.noDirectory')));
  }, [anchor, sync, t]);

  // The customer has been handed over and this leg has ended: record the hand-off with the call.
  useEffect(() => {
    if (!transferTo || !ended || ended.leadId !== leadId || ended.logged) return;
    if (ended.record.result !== 'answered') return;
    const closerId = transferTo;
    setTransferTo(null);
    void finish('meetingBooked', {
      meeting: { closerId, at: Date.now() + TRANSFER_MEETING_OFFSET_MS },
    });
  }, [transferTo, ended, leadId, finish]);

  if (!handle || call?.leadId !== leadId || call.phase !== 'talking') {
    return error ? <Alert severity="error">{error}</Alert> : null;
  }
  const domain = handle.phone.uri.slice(handle.phone.uri.indexOf('@') + 1);
  const reachable = closers
    .map((c) => ({ closer: c, sip: directory?.find((d) => d.userId === c.id)?.sipUser }))
    .filter((x): x is { closer: User; sip: string } => !!x.sip);

  const transfer = async (closerId: UserId, sipUser: string) => {
    setAnchor(null);
    setError(null);
    setTransferTo(closerId);
    const ok = await handle.softphone.transfer(`sip:${sipUser}@${domain}`);
    if (!ok) {
      setTransferTo(null);
      setError(t('phone.transfer.failed'));
    }
  };

  return (
    <>
      <Button
        variant="outlined"
        startIcon={<PhoneForwardedIcon />}
        onClick={(e) => setAnchor(e.currentTarget)}
        data-testid="phone-transfer"
      >
        {t('phone.transfer.button')}
      </Button>
      <Menu open={anchor !== null} anchorEl={anchor} onClose={() => setAnchor(null)}>
        {directory !== null && reachable.length === 0 && (
          <MenuItem disabled>{t('phone.transfer.nobody')}</MenuItem>
        )}
        {reachable.map(({ closer, sip }) => (
          <MenuItem
            key={closer.id}
            onClick={() => void transfer(closer.id, sip)}
            data-testid={`transfer-to-${closer.id}`}
          >
            <bdi>{closer.displayName}</bdi>
          </MenuItem>
        ))}
      </Menu>
      {error && <Alert severity="error">{error}</Alert>}
    </>
  );
}
