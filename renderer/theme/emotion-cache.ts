// One emotion cache per direction: the RTL one runs styles through stylis-plugin-rtl so every
// margin, padding, border and position is mirrored.
import createCache, { type EmotionCache } from '@emotion/cache';
import { prefixer } from 'stylis';
import rtlPlugin from 'stylis-plugin-rtl';
import type { Direction } from '../i18n/languages';

const caches: Partial<Record<Direction, EmotionCache>> = {};

export function emotionCacheFor(direction: Direction): EmotionCache {
  const cached = caches[direction];
  if (cached) return cached;
  const cache =
    direction === 'rtl'
      ? createCache({ key: 'muirtl', stylisPlugins: [prefixer, rtlPlugin] })
      : createCache({ key: 'muiltr', stylisPlugins: [prefixer] });
  caches[direction] = cache;
  return cache;
}
