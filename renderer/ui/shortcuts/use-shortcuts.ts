// Registers a screen's shortcuts while it is mounted; the latest handlers always run.
import { useEffect, useRef } from 'react';
import { isTypingTarget, matchesKey } from './match-key';
import { shortcutRegistry, type Shortcut } from './registry';

export function useShortcuts(shortcuts: readonly Shortcut[], enabled = true): void {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });

  const signature = shortcuts.map((s) => `${s.group}:${s.key}:${s.label}`).join('|');
  useEffect(() => {
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
