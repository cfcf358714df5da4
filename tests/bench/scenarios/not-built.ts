// Scenarios whose feature has not landed yet report "not-built" rather than a made-up figure.
import type { Scenario } from '../context';

export function notBuilt(
  name: string,
  defaultScale: number,
  quickScale: number,
  waitingFor: string,
): Scenario {
  return {
    name,
    defaultScale,
    quickScale,
    run: async (ctx) => ({
      scale: ctx.scale,
      status: 'not-built',
      metrics: {},
      notes: `waiting for ${waitingFor}`,
    }),
  };
}
