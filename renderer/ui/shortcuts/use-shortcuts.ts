// Registers a screen's shortcuts while it is mounted; the latest handlers always run. Layout
// effects: the keys work from the moment the screen is painted — an agent who presses a number
// as the next lead appears is not ignored (a passive effect would listen only after the paint).
import { useLayoutEffect, useRef } from 'react';
import { isTypingTarget, matchesKey } from './match-key';
import { shortcutRegistry, type Shortcut } from './registry';

export function useShortcuts(shortcuts: readonly Shortcut[], enabled = true): void {
  const latest = useRef(shortcuts);
  useLayoutEffect(() => {
    latest.current = shortcuts;
  });

  const signature = shortcuts.map((s) => `${s.group}:${s.key}:${s.label}`).join('|');
  useLayoutEffect(() => {
    if (!enabled) return;
    const owner = Symbol('shortcuts');
    shortcutRegistry.add(owner, latest.current);
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.repeat)
        return;
      const typing = isTypingTarget(event.target);
      const hit = latest.current.find((s) => matchesKey(s.key, event) && (!typing || s.inInputs));
      if (!hit) return;
      event.preventDefault();
      hit.run();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      shortcutRegistry.remove(owner);
    };
  }, [enabled, signature]);
}
