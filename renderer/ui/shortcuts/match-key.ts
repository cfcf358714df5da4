// Matches a key press to a shortcut whatever keyboard layout is active: an agent typing Arabic
// presses the physical N key and gets "ى", so letters and digits also match by physical code.

const SAME_KEY: Record<string, readonly string[]> = {
  '?': ['?', '؟'],
};

export function matchesKey(
  shortcutKey: string,
  event: Pick<KeyboardEvent, 'key' | 'code'>,
): boolean {
  const key = shortcutKey.toLowerCase();
  if (event.key.toLowerCase() === key) return true;
  if (SAME_KEY[shortcutKey]?.includes(event.key)) return true;
  if (/^[a-z]$/.test(key)) return event.code === `Key${key.toUpperCase()}`;
  if (/^[0-9]$/.test(key)) return event.code === `Digit${key}` || event.code === `Numpad${key}`;
  return false;
}

/** True while the user is typing, when plain letter shortcuts must stay out of the way. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range'].includes(type);
  }
  return false;
}
