import { describe, expect, it, vi } from 'vitest';
import { clampToDisplays, parseWindowState } from './window-state';

vi.mock('electron', async () => (await import('../test/fake-electron')).fakeElectron());

const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const external = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('window state', () => {
  it('puts the window back where it was', () => {
    expect(clampToDisplays({ x: 100, y: 50, width: 1400, height: 900 }, [laptop])).toEqual({
      x: 100,
      y: 50,
      width: 1400,
      height: 900,
    });
    expect(
      clampToDisplays({ x: 2000, y: 100, width: 1600, height: 1000 }, [laptop, external]),
    ).toMatchObject({ x: 2000 });
  });

  it('brings a window from an unplugged monitor back, centred on the primary screen', () => {
    expect(clampToDisplays({ x: 2000, y: 100, width: 1600, height: 1000 }, [laptop])).toEqual({
      x: 320,
      y: 120,
      width: 1280,
      height: 800,
    });
  });

  it('shrinks a window larger than the screen and keeps a usable minimum', () => {
    expect(clampToDisplays({ x: 0, y: 0, width: 5000, height: 3000 }, [laptop])).toEqual({
      x: 0,
      y: 0,
      width: 1920,
      height: 1040,
    });
    expect(clampToDisplays({ x: 10, y: 10, width: 200, height: 100 }, [laptop])).toMatchObject({
      width: 900,
      height: 600,
    });
  });

  it('ignores a corrupt state file', () => {
    expect(parseWindowState('{oops')).toBeNull();
    expect(parseWindowState('{"bounds":{"x":"a"}}')).toBeNull();
    expect(
      parseWindowState('{"bounds":{"x":1,"y":2,"width":900,"height":700},"maximized":true}'),
    ).toEqual({
      bounds: { x: 1, y: 2, width: 900, height: 700 },
      maximized: true,
    });
  });
});
