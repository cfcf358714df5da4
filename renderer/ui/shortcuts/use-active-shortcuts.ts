import { useSyncExternalStore } from 'react';
import { shortcutRegistry, type Shortcut } from './registry';

export function useActiveShortcuts(): readonly Shortcut[] {
  return useSyncExternalStore(shortcutRegistry.subscribe, shortcutRegistry.snapshot);
}
