import type { RefObject } from 'react';
import { useShortcuts } from '../../../ui/shortcuts/use-shortcuts';

export type UseCallShortcutsOptions = {
  phoneE164: string | null;
  onDial: () => void;
  /** Hangs up the desk's phone. */
  onHangup: () => void;
  /** The lead is on the line: outcome keys wait, `h` hangs up. */
  onLine: boolean;
  onObjections: () => void;
  onEditContact: () => void;
  notesRef: RefObject<HTMLTextAreaElement | null>;
  /** Off while a dialog or the objection cards are open. */
  enabled: boolean;
};

/** The call screen's keys: d dials, o opens objections, b and t jump to BANT and notes, e edits. */
export function useCallShortcuts({
  phoneE164,
  onDial,
  onHangup,
  onLine,
  onObjections,
  onEditContact,
  notesRef,
  enabled,
}: UseCallShortcutsOptions): void {
  useShortcuts(
    [
      {
        key: 'd',
        label: 'call.dialShortcut',
        group: 'call',
        run: () => phoneE164 && !onLine && onDial(),
      },
      { key: 'h', label: 'phone.hangupShortcut', group: 'call', run: onHangup },
      { key: 'o', label: 'objections.open', group: 'call', run: onObjections },
      {
        key: 'b',
        label: 'bant.focus',
        group: 'call',
        run: () => document.getElementById('bant-first')?.focus(),
      },
      { key: 't', label: 'call.notesFocus', group: 'call', run: () => notesRef.current?.focus() },
      { key: 'e', label: 'contact.title', group: 'call', run: onEditContact },
    ],
    enabled,
  );
}
