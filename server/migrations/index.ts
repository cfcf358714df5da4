// Every migration, in the order it runs. Append only: a committed migration is never edited.
import type { Queryable } from '../db/db';
import * as m1763830000000 from './1763830000000-organisations-teams-users';
import * as m1764590000000 from './1764590000000-change-tracking';
import * as m1764590001000 from './1764590001000-people-profiles';
import * as m1764590002000 from './1764590002000-leads-activities';
import * as m1764590003000 from './1764590003000-content-targets-dnc';
import * as m1764590004000 from './1764590004000-sessions-clients';
import * as m1764590005000 from './1764590005000-audit-log';
import * as m1764600000000 from './1764600000000-lead-queue-index';
import * as m1764700000000 from './1764700000000-settings-lead-phones';
import * as m1764800000000 from './1764800000000-telephony';
import * as m1764800001000 from './1764800001000-agent-presence';
import * as m1764900000000 from './1764900000000-sign-in-hardening';
import * as m1764900001000 from './1764900001000-password-links';
import * as m1764900005000 from './1764900005000-email-per-organisation';
import * as m1765000007000 from './1765000007000-message-templates';
import * as m1765100000000 from './1765100000000-recordings';

export type Migration = { name: string; up: (tx: Queryable) => Promise<void> };

export const MIGRATIONS: readonly Migration[] = [
  m1763830000000,
  m1764590000000,
  m1764590001000,
  m1764590002000,
  m1764590003000,
  m1764590004000,
  m1764590005000,
  m1764600000000,
  m1764700000000,
  m1764800000000,
  m1764800001000,
  m1764900000000,
  m1764900001000,
  m1764900005000,
  m1765000007000,
  m1765100000000,
];
