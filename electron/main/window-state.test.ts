import { describe, expect, it, vi } from 'vitest';
import { clampToDisplays, parseWindowState } from './window-state';

vi.mock('electron', async () => (await import('../test/fake-electron')).fakeElectron());

const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const external = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('window position', () => {
  it('puts the window back where it was', () => {
    const bounds = { x: 100, y: 50, width: 1400, height: 900 };
    expect(clampToDisplays(bounds, [laptop], laptop)).toEqual(bounds);
  });

  it('puts it back on the second monitor when that is still there', () => {
    const bounds = { x: 2000, y: 100, width: 1600, height: 1000 };
    expect(clampToDisplays(bounds, [laptop, external], laptop)).toEqual(bounds);
  });

  it('brings a window from an unplugged monitor back, centred on the primary display', () => {
    expect(
      clampToDisplays({ x: 2000, y: 100, width: 1600, height: 1000 }, [laptop], laptop),
    ).toEqual({ x: 320, y: 120, width: 1280, height: 800 });
  });

  it('centres on the primary display even when it is not listed first', () => {
    expect(clampToDisplays(null, [external, laptop], laptop)).toEqual({
      x: 320,
      y: 120,
      width: 1280,
      height: 800,
    });
  });

  it('pulls a window hanging off the edge fully onto its display', () => {
    expect(
      clampToDisplays({ x: 1500, y: -50, width: 1000, height: 700 }, [laptop], laptop),
    ).toEqual({ x: 920, y: 0, width: 1000, height: 700 });
  });

  it('shrinks a window larger than the screen', () => {
    expect(clampToDisplays({ x: 0, y: 0, width: 5000, height: 3000 }, [laptop], laptop)).toEqual(
      laptop,
    );
  });

  it('keeps a usable minimum size', () => {
    expect(
      clampToDisplays({ x: 10, y: 10, width: 200, height: 100 }, [laptop], laptop),
    ).toMatchObject({ width: 900, height: 600 });
  });

  it('treats a window with only a sliver on screen as lost', () => {
    expect(
      clampToDisplays({ x: 1880, y: 100, width: 1000, height: 700 }, [laptop], laptop),
    ).toMatchObject({ x: 320, y: 120 });
  });
});

describe('window state file', () => {
  it('reads a saved state', () => {
    expect(
      parseWindowState('{"bounds":{"x":1,"y":-2,"width":900,"height":700},"maximized":true}'),
    ).toEqual({ bounds: { x: 1, y: -2, width: 900, height: 700 }, maximized: true });
  });

  it.each([
    ['{oops', 'not JSON'],
    ['null', 'null'],
    ['{"bounds":{"x":"a","y":0,"width":900,"height":700}}', 'a string coordinate'],
    ['{"bounds":{"x":0,"y":0,"width":-900,"height":700}}', 'a negative width'],
    ['{"bounds":{"x":0,"y":0,"width":0,"height":700}}', 'a zero width'],
    ['{"bounds":{"x":1e308,"y":0,"width":900,"height":700}}', 'an absurd position'],
    ['{"bounds":{"x":0.5,"y":0,"width":900,"height":700}}', 'a fractional pixel'],
    ['{"maximized":true}', 'no bounds'],
  ])('ignores a corrupt state file: %s (%s)', (text) => {
    expect(parseWindowState(text)).toBeNull();
  });
});
