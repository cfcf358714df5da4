// Remembers where the agent left the window, and puts it back on a screen that still exists.
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import type { BrowserWindow, Rectangle } from 'electron';

export type WindowState = { bounds: Rectangle; maximized: boolean };

export const DEFAULT_SIZE = { width: 1280, height: 800 };
const MIN = { width: 900, height: 600 };

function isRect(v: unknown): v is Rectangle {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return ['x', 'y', 'width', 'height'].every(
    (k) => typeof r[k] === 'number' && Number.isFinite(r[k]),
  );
}

export function parseWindowState(text: string): WindowState | null {
  try {
    const v = JSON.parse(text) as unknown;
    if (typeof v !== 'object' || v === null) return null;
    const { bounds, maximized } = v as Record<string, unknown>;
    if (!isRect(bounds)) return null;
    return { bounds, maximized: maximized === true };
  } catch {
    return null;
  }
}

/**
 * Fits saved bounds into the current displays' work areas: a window saved on a monitor that has
 * since been unplugged comes back centred on the primary one instead of off-screen.
 */
export function clampToDisplays(
  saved: Rectangle | null,
  workAreas: readonly Rectangle[],
): Partial<Rectangle> & { width: number; height: number } {
  const primary = workAreas[0];
  if (!primary) return { ...DEFAULT_SIZE };
  const fits = (area: Rectangle, r: Rectangle) => {
    const overlapX = Math.min(r.x + r.width, area.x + area.width) - Math.max(r.x, area.x);
    const overlapY = Math.min(r.y + r.height, area.y + area.height) - Math.max(r.y, area.y);
    return overlapX >= 100 && overlapY >= 100;
  };
  if (saved) {
    const area = workAreas.find((a) => fits(a, saved));
    if (area) {
      const width = Math.max(MIN.width, Math.min(saved.width, area.width));
      const height = Math.max(MIN.height, Math.min(saved.height, area.height));
      const x = Math.min(Math.max(saved.x, area.x), area.x + area.width - width);
      const y = Math.min(Math.max(saved.y, area.y), area.y + area.height - height);
      return { x, y, width, height };
    }
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

/** Saves the window's normal bounds on move/resize/close (debounced), atomically. */
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
  win.on('close', () => {
    clearTimeout(timer);
    save();
  });
}
