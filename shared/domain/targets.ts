// What a supervisor expects of each rep and of the team, and the do-not-call list. The zod
// schemas are the one definition; the types are inferred from them.
import { z } from 'zod';
import { teamIdSchema, userIdSchema, type TeamId } from './ids';
import { e164Schema } from './lead';
import type { User, UserRole } from './content';

const epochMs = z.number().int().min(0).max(8.64e15);

/** The most talk time a day can hold. */
export const MINUTES_A_DAY = 1440;

/** Per-rep targets the supervisor sets (DOMAIN.md KPIs). Zero means "no target". */
export const repTargetsSchema = z.object({
  userId: userIdSchema,
  /** Dials per working day (hunters and farmers). */
  dailyCalls: z.number().int().min(0).max(10_000),
  /** Meetings booked (hunter), deals closed (closer) or up-sells agreed (farmer) per day. */
  dailyBookings: z.number().int().min(0).max(10_000),
  /** Deals won per calendar month (closers). */
  monthlyWins: z.number().int().min(0).max(1_000_000),
  /** Revenue per calendar month, in the organisation's currency (closers, farmers). */
  monthlyRevenue: z.number().min(0).max(1e12),
  /**
   * Minutes on the phone with someone per working day. Optional: targets stored before it
   * existed (the server's rep_targets, the desk's IndexedDB) have no talk target.
   */
  dailyTalkMin: z.number().int().min(0).max(MINUTES_A_DAY).optional(),
  updatedAt: epochMs,
  updatedBy: userIdSchema.nullable(),
});
export type RepTargets = z.infer<typeof repTargetsSchema>;

/** A calendar month, `YYYY-MM`. */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/** The team's (or, with teamId null, the organisation's) sales target for one month. */
export const salesTargetSchema = z.object({
  /** `${teamId ?? 'org'}:${month}` */
  id: z.string().min(1).max(100),
  teamId: teamIdSchema.nullable(),
  month: monthSchema,
  revenue: z.number().min(0).max(1e12),
  wins: z.number().int().min(0).max(1_000_000),
});
export type SalesTarget = z.infer<typeof salesTargetSchema>;

export function salesTargetId(teamId: TeamId | null, month: string): string {
  return `${teamId ?? 'org'}:${month}`;
}

/** A rep's targets: the stored ones, else the defaults on the user record (no talk target). */
export function targetsFor(user: User, stored: RepTargets | undefined): RepTargets {
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

/** What a rep's daily result target counts, role by role (the same sum kpi.dailyResult makes). */
export const DAILY_RESULT_KINDS = {
  hunter: 'bookings',
  closer: 'wins',
  farmer: 'upsells',
} as const;
export type DailyResultKind = (typeof DAILY_RESULT_KINDS)[keyof typeof DAILY_RESULT_KINDS];

/** The results a rep's `dailyBookings` target counts: meetings, deals, up-sells, by their roles. */
export function dailyResultKinds(roles: readonly UserRole[]): DailyResultKind[] {
  return (['hunter', 'closer', 'farmer'] as const)
    .filter((r) => roles.includes(r))
    .map((r) => DAILY_RESULT_KINDS[r]);
}

export const DNC_SOURCES = ['internal', 'national'] as const;
export type DncSource = (typeof DNC_SOURCES)[number];

/** Longest note on an internal do-not-call entry. */
export const DNC_NOTE_MAX = 1000;

/** A number nobody may dial. */
export const dncEntrySchema = z.object({
  phoneE164: e164Schema,
  source: z.enum(DNC_SOURCES),
  addedAt: epochMs,
  addedBy: userIdSchema.nullable(),
  note: z.string().max(DNC_NOTE_MAX),
  /**
   * An internal entry whose number is in the national file too: taking the internal entry off
   * leaves the national one, and a new national file without the number leaves the internal one.
   */
  national: z.boolean().optional(),
});
export type DncEntry = z.infer<typeof dncEntrySchema>;

/** The national do-not-call file last imported (an organisation setting). */
export const nationalDncFileSchema = z.object({
  fileName: z.string().max(300),
  /** The date the registry published the file, epoch ms (midnight UTC). */
  fileDate: epochMs,
  importedAt: epochMs,
  count: z.number().int().min(0),
});
export type NationalDncFile = z.infer<typeof nationalDncFileSchema>;

/** A national do-not-call file older than this is out of date: the supervisor is warned to re-import it. */
export const NATIONAL_DNC_MAX_AGE_DAYS = 31;

export function isNationalDncStale(file: NationalDncFile | null, now: number): boolean {
  if (!file) return true;
  return now - file.fileDate > NATIONAL_DNC_MAX_AGE_DAYS * 86_400_000;
}
