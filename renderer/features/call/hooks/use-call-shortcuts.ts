import type { RefObject } from 'react';
import { isTypingTarget } from '../../../ui/shortcuts/match-key';
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

/** The BANT form's first answer: the Budget yes/no buttons (the one chosen, else Yes). */
export const BANT_FIRST_ID = 'bant-first';
/** The script selector beside the script panel. */
export const SCRIPT_CHOICE_ID = 'script-choice';

/**
 * The call screen's keys: d dials, o opens objections, b and t jump to BANT and notes, s to the
 * script selector, e edits; Esc leaves a text field so the number keys pick outcomes again.
 */
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
        run: () => document.getElementById(BANT_FIRST_ID)?.focus(),
      },
      { key: 't', label: 'call.notesFocus', group: 'call', run: () => notesRef.current?.focus() },
      {
        key: 's',
        label: 'script.switchShortcut',
        group: 'call',
        run: () => document.getElementById(SCRIPT_CHOICE_ID)?.focus(),
      },
      { key: 'e', label: 'contact.title', group: 'call', run: onEditContact },
      {
        key: 'Escape',
        label: 'call.leaveField',
        group: 'call',
        inInputs: true,
        run: () => {
          const field = document.activeElement;
          if (isTypingTarget(field) && field instanceof HTMLElement) field.blur();
        },
      },
    ],
    enabled,
  );
}
