// Live transfer during a conversation: the button opens the closers with their state; "talk
// first" puts the customer on hold and calls the closer (attended), "transfer now" hands the
// customer straight over (blind). See use-transfer.ts for what is recorded.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import PhoneForwardedIcon from '@mui/icons-material/PhoneForwarded';
import type { User } from '../../../shared/domain/content';
import type { Disposition } from '../../../shared/domain/dispositions';
import type { CallOutcomeDetails } from '../call/hooks/use-log-call';
import { useAppStore } from '../../store/use-app-store';
import { ConsultPanel } from './ConsultPanel';
import { TransferMenu } from './TransferMenu';
import { usePhone } from './phone-context';
import { useTransfer } from './use-transfer';

export type TransferButtonProps = {
  leadId: string;
  closers: readonly User[];
  finish: (disposition: Disposition, details: CallOutcomeDetails) => Promise<void>;
};

const DIRECTORY_REFRESH_MS = 3_000;

export function TransferButton({ leadId, closers, finish }: TransferButtonProps) {
  const { t } = useTranslation();
  const handle = usePhone();
  const call = useAppStore((s) => s.liveCall);
  const transfer = useTransfer(leadId, closers, finish);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [lastConsulted, setLastConsulted] = useState<User | null>(null);
  const { refresh } = transfer;

  // While the list is open the closers' states stay current: someone may free up any second.
  useEffect(() => {
    if (!anchor) return;
    refresh();
    const timer = window.setInterval(refresh, DIRECTORY_REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [anchor, refresh]);

  const error = transfer.error && (
    <Alert severity="error" data-testid="transfer-error">
      {t(`phone.transfer.${transfer.error}`)}
    </Alert>
  );
  if (!handle || call?.leadId !== leadId || call.phase !== 'talking') return error || null;

  if (call.consult && transfer.consulting)
    return (
      <>
        <ConsultPanel
          closer={transfer.consulting}
          leg={call.consult}
          onComplete={() => void transfer.complete()}
          onCancel={transfer.cancel}
        />
        {error}
      </>
    );

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
      <TransferMenu
        anchor={anchor}
        candidates={transfer.candidates}
        onClose={() => setAnchor(null)}
        onConsult={(c) => {
          setAnchor(null);
          setLastConsulted(c.closer);
          transfer.consult(c);
        }}
        onBlind={(c) => {
          setAnchor(null);
          void transfer.blind(c);
        }}
      />
      {call.consultEnded && lastConsulted && (
        <Alert severity="info" data-testid="consult-ended" data-reason={call.consultEnded}>
          {t(`phone.transfer.ended.${call.consultEnded}`, { name: lastConsulted.displayName })}
        </Alert>
      )}
      {error}
    </>
  );
}
