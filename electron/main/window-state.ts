// Remembers where the agent left the window, and puts it back on a screen that still exists.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import type { BrowserWindow, Rectangle } from 'electron';

const LIMIT = 100_000;
const STATE = z.object({
  bounds: z.object({
    x: z.number().int().min(-LIMIT).max(LIMIT),
    y: z.number().int().min(-LIMIT).max(LIMIT),
    width: z.number().int().positive().max(LIMIT),
    height: z.number().int().positive().max(LIMIT),
  }),
  maximized: z.boolean().default(false),
});

export type WindowState = z.infer<typeof STATE>;

export const DEFAULT_SIZE = { width: 1280, height: 800 };
export const MIN_SIZE = { width: 900, height: 600 };
// How much of the window must lie on a display for the saved position to count as visible.
const MIN_VISIBLE = 100;

/** The saved state, or null when the file is missing, corrupt or from a hand-edited mess. */
export function parseWindowState(text: string): WindowState | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = STATE.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

function overlaps(area: Rectangle, r: Rectangle): boolean {
  const x = Math.min(r.x + r.width, area.x + area.width) - Math.max(r.x, area.x);
  const y = Math.min(r.y + r.height, area.y + area.height) - Math.max(r.y, area.y);
  return x >= MIN_VISIBLE && y >= MIN_VISIBLE;
}

/**
 * Fits saved bounds into the displays' work areas: kept where they were when enough of the
 * window is on a display (shrunk to that display and pulled fully onto it), otherwise — say the
 * monitor was unplugged — the default size centred on the primary display.
 */
export function clampToDisplays(
  saved: Rectangle | null,
  workAreas: readonly Rectangle[],
  primary: Rectangle,
): Rectangle {
  const area = saved ? workAreas.find((a) => overlaps(a, saved)) : undefined;
  if (saved && area) {
    const width = Math.min(Math.max(saved.width, MIN_SIZE.width), area.width);
    const height = Math.min(Math.max(saved.height, MIN_SIZE.height), area.height);
    return {
      x: Math.min(Math.max(saved.x, area.x), area.x + area.width - width),
      y: Math.min(Math.max(saved.y, area.y), area.y + area.height - height),
      width,
      height,
    };
  }
  const width = Math.min(DEFAULT_SIZE.width, primary.width);
  const height = Math.min(DEFAULT_SIZE.height, primary.height);
  return {
    x: primary.x + Math.round((primary.width - width) / 2),
    y: primary.y + Math.round((primary.height - height) / 2),
    width,
    height,
  };
}

export function loadWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Saves the window's normal bounds on move/resize (debounced) and on close, atomically. */
export function trackWindowState(win: BrowserWindow, file: string): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    if (win.isDestroyed()) return;
    const state: WindowState = { bounds: win.getNormalBounds(), maximized: win.isMaximized() };
    try {
      writeFileSync(`${file}.tmp`, JSON.stringify(state));
      renameSync(`${file}.tmp`, file);
    } catch {
      // A read-only profile must not stop the app.
    }
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 500);
  };
  win.on('resize', later);
  win.on('move', later);
  win.on('maximize', later);
  win.on('unmaximize', later);
  win.on('close', () => {
    clearTimeout(timer);
    save();
  });
}
