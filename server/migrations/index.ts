// Every migration, in the order it runs. Append only: a committed migration is never edited.
import type { Queryable } from '../db/db';
import * as m1763830000000 from './1763830000000-organisations-teams-users';

export type Migration = { name: string; up: (tx: Queryable) => Promise<void> };

export const MIGRATIONS: readonly Migration[] = [m1763830000000];
