// Every benchmark scenario, in the order they run.
import type { Scenario } from '../context';
import { action } from './action';
import { coldStart } from './cold-start';
import { floorScenario } from './floor';
import { importScenario } from './import';
import { initialSync } from './initial-sync';
import { insight } from './insight';
import { insightAlerts } from './insight-alerts';
import { insightStages } from './insight-stages';
import { memory } from './memory';
import { propagation } from './propagation';
import { pullScenario } from './pull';
import { pushScenario } from './push';
import { queue } from './queue';
import { reconnectStorm } from './reconnect-storm';
import { recordings } from './recordings';
import { telephony } from './telephony';
import { upgrade } from './upgrade';

export const SCENARIOS: readonly Scenario[] = [
  floorScenario,
  importScenario,
  queue,
  action,
  pushScenario,
  pullScenario,
  initialSync,
  propagation,
  reconnectStorm,
  coldStart,
  memory,
  insight,
  insightAlerts,
  telephony,
  insightStages,
  recordings,
  upgrade,
];
