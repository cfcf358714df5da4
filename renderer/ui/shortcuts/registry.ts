// Keyboard shortcuts currently on offer, so the shortcut sheet (`?`) lists exactly what works
// on the screen in front of the agent.
import type { ParseKeys } from 'i18next';

export type ShortcutGroup = 'general' | 'call' | 'dispositions' | 'navigation';

export type Shortcut = {
  /** The key as printed on an English keyboard: 'n', '1', '?', 'Escape'. */
  key: string;
  label: ParseKeys;
  group: ShortcutGroup;
  run: () => void;
  /** Fire even while typing in a text field (for Escape, say). */
  inInputs?: boolean;
};

type Listener = () => void;

const active = new Map<symbol, readonly Shortcut[]>();
const listeners = new Set<Listener>();
let snapshot: readonly Shortcut[] = [];

function publish(): void {
  snapshot = [...active.values()].flat();
  for (const l of listeners) l();
}

export const shortcutRegistry = {
  add(owner: symbol, shortcuts: readonly Shortcut[]): void {
    active.set(owner, shortcuts);
    publish();
  },
  remove(owner: symbol): void {
    active.delete(owner);
    publish();
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  snapshot(): readonly Shortcut[] {
    return snapshot;
  },
};
