// Every benchmark scenario, in the order they run.
import type { Scenario } from '../context';
import { action } from './action';
import { coldStart } from './cold-start';
import { queue } from './queue';
import { notBuilt } from './not-built';

export const SCENARIOS: readonly Scenario[] = [
  notBuilt('import', 100_000, 2_000, 'lead import (issue 5)'),
  queue,
  action,
  notBuilt('push', 100_000, 2_000, 'sync push (issue 6)'),
  notBuilt('pull', 100_000, 2_000, 'sync pull (issue 6)'),
  notBuilt('initialSync', 100_000, 2_000, 'initial sync (issue 6)'),
  notBuilt('propagation', 200, 20, 'live poke (issue 6)'),
  notBuilt('reconnectStorm', 500, 10, 'sync (issue 6)'),
  coldStart,
  notBuilt('memory', 1_000_000, 5_000, 'the virtualised lead list (issue 4)'),
];
