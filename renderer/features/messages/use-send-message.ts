// Logs a sent message as the sendMessage verb (a touch on the lead), and sends an e-mail from the
// server when it has SMTP; without a server, offline or without SMTP the desk's own apps send.
import { useContext, useEffect, useState } from 'react';
import type { LeadId, MessageTemplateId } from '../../../shared/domain/ids';
import type { MessageChannel } from '../../../shared/domain/lead';
import { sendMessage } from '../../../shared/mutations/send-message';
import { run, type RunResult } from '../../db/run';
import { useDesk } from '../../ui/desk/use-desk';
import { DeskSyncContext } from '../../ui/sync/desk-sync-context';
import { sendLeadEmail, smtpAvailable } from './mail-api';

export type OutgoingMessage = {
  leadId: LeadId;
  channel: MessageChannel;
  templateId: MessageTemplateId | null;
  subject: string;
  text: string;
};

export type SendMessage = {
  /** Records the message as sent (the link opened the agent's app). */
  log: (message: OutgoingMessage) => Promise<RunResult<unknown>>;
  /** The server can send e-mail itself (signed in, online, SMTP configured). */
  smtp: boolean;
  /** Sends the e-mail from the server, then logs it; throws what the server answered. */
  sendFromServer: (message: OutgoingMessage) => Promise<RunResult<unknown>>;
};

export function useSendMessage(): SendMessage | null {
  const desk = useDesk();
  const sync = useContext(DeskSyncContext);
  const [smtp, setSmtp] = useState(false);
  useEffect(() => {
    if (!sync) return;
    let live = true;
    void smtpAvailable((request) => sync.withAccess(request)).then((yes) => live && setSmtp(yes));
    return () => {
      live = false;
    };
  }, [sync]);
  if (!desk) return null;
  const log = (m: OutgoingMessage) => run(desk, sendMessage, m);
  return {
    log,
    smtp: smtp && !!sync,
    async sendFromServer(m) {
      if (!sync) throw new Error('Not signed in to a server.');
      await sendLeadEmail((request) => sync.withAccess(request), {
        leadId: m.leadId,
        subject: m.subject,
        text: m.text,
      });
      return log(m);
    },
  };
}
