// What a supervisor expects of each rep and of the team, and the internal do-not-call list.
// Stored on the desk now; the sync server makes them organisation-wide.
import type { TeamId, UserId } from './ids';
import type { DemoUser } from './content';

/** Per-rep targets the supervisor sets (DOMAIN.md KPIs). Zero means "no target". */
export type RepTargets = {
  userId: UserId;
  /** Dials per working day (hunters and farmers). */
  dailyCalls: number;
  /** Meetings booked (hunter), deals closed (closer) or up-sells agreed (farmer) per day. */
  dailyBookings: number;
  /** Deals won per calendar month (closers). */
  monthlyWins: number;
  /** Revenue per calendar month, in the organisation's currency (closers, farmers). */
  monthlyRevenue: number;
  updatedAt: number;
  updatedBy: UserId | null;
};

/** The team's (or, with teamId null, the organisation's) sales target for one month. */
export type SalesTarget = {
  /** `${teamId ?? 'org'}:${month}` */
  id: string;
  teamId: TeamId | null;
  /** Calendar month, `YYYY-MM`. */
  month: string;
  revenue: number;
  wins: number;
};

export function salesTargetId(teamId: TeamId | null, month: string): string {
  return `${teamId ?? 'org'}:${month}`;
}

/** A rep's targets: the stored ones, else the defaults on the user record. */
export function targetsFor(user: DemoUser, stored: RepTargets | undefined): RepTargets {
  return (
    stored ?? {
      userId: user.id,
      dailyCalls: user.dailyCallTarget,
      dailyBookings: user.dailyBookingTarget,
      monthlyWins: 0,
      monthlyRevenue: 0,
      updatedAt: 0,
      updatedBy: null,
    }
  );
}

export const DNC_SOURCES = ['internal', 'national'] as const;
export type DncSource = (typeof DNC_SOURCES)[number];

/** A number nobody may dial. */
export type DncEntry = {
  phoneE164: string;
  source: DncSource;
  addedAt: number;
  addedBy: UserId | null;
  note: string;
};

/** The national do-not-call file last imported (kept under meta key `dncNationalFile`). */
export type NationalDncFile = {
  fileName: string;
  /** The date the registry published the file, epoch ms (midnight UTC). */
  fileDate: number;
  importedAt: number;
  count: number;
};

/** A national do-not-call file older than this is out of date: the supervisor is warned to re-import it. */
export const NATIONAL_DNC_MAX_AGE_DAYS = 31;

export function isNationalDncStale(file: NationalDncFile | null, now: number): boolean {
  if (!file) return true;
  return now - file.fileDate > NATIONAL_DNC_MAX_AGE_DAYS * 86_400_000;
}
