// Calling rules a floor sets (the `callingRules` organisation setting): hours per weekday (a closed
// day is the weekend), public holidays, dated special periods (Ramadan hours) that replace the
// weekly hours, and per-country overrides of each of those. `callingPolicyFor` compiles them for one
// lead's country into the CallingPolicy every calling-hours check takes (shared/domain/calling-window.ts),
// so the queue, callbacks, follow-ups, the dial check and the server's verbs all obey the same rules.
import { z } from 'zod';
import type { CallingWindow } from './content';
import {
  DEFAULT_CALLING_WINDOW,
  type CallingCalendar,
  type CallingPolicy,
  type WeekHours,
} from './calling-window';

export const dayHoursSchema = z.object({
  startMinutes: z.number().int().min(0).max(1440),
  endMinutes: z.number().int().min(0).max(1440),
});
export type DayHoursRule = z.infer<typeof dayHoursSchema>;

/** Seven entries, 0 = Sunday … 6 = Saturday; null = closed all day. */
export const weeklyHoursSchema = z.array(dayHoursSchema.nullable()).length(7);
export type WeeklyHours = z.infer<typeof weeklyHoursSchema>;

/** A local calendar date, yyyy-mm-dd (checked for being a real date by validateCallingRules). */
export const localDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const nameSchema = z.string().trim().min(1).max(100);

export const holidaySchema = z.object({ date: localDateSchema, name: nameSchema });
export type Holiday = z.infer<typeof holidaySchema>;

/** From `from` to `to` (both included), `weekly` replaces the usual weekly hours. */
export const specialPeriodSchema = z.object({
  name: nameSchema,
  from: localDateSchema,
  to: localDateSchema,
  weekly: weeklyHoursSchema,
});
export type SpecialPeriod = z.infer<typeof specialPeriodSchema>;

/** A country's own rules; each part left out falls back to the organisation's. */
export const countryRulesSchema = z.object({
  country: z.string().regex(/^[A-Z]{2}$/),
  weekly: weeklyHoursSchema.optional(),
  holidays: z.array(holidaySchema).max(100).optional(),
  periods: z.array(specialPeriodSchema).max(20).optional(),
});
export type CountryRules = z.infer<typeof countryRulesSchema>;

const rulesShape = z.object({
  weekly: weeklyHoursSchema,
  holidays: z.array(holidaySchema).max(100),
  periods: z.array(specialPeriodSchema).max(20),
  countries: z.array(countryRulesSchema).max(60),
});

export const CALLING_RULES_ISSUES = [
  'endBeforeStart',
  'badDate',
  'periodEndsBeforeStart',
  'periodsOverlap',
  'duplicateHoliday',
  'duplicateCountry',
] as const;
export type CallingRulesIssueCode = (typeof CALLING_RULES_ISSUES)[number];
export type CallingRulesIssue = { path: (string | number)[]; code: CallingRulesIssueCode };

/** Whether yyyy-mm-dd names a real calendar date. */
export function isLocalDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

type RulesPart = Pick<CountryRules, 'weekly' | 'holidays' | 'periods'>;

function partIssues(part: RulesPart, at: (string | number)[]): CallingRulesIssue[] {
  const issues: CallingRulesIssue[] = [];
  const weeklyIssues = (weekly: WeeklyHours, path: (string | number)[]) =>
    weekly.forEach((h, day) => {
      if (h && h.endMinutes <= h.startMinutes)
        issues.push({ path: [...path, day], code: 'endBeforeStart' });
    });
  if (part.weekly) weeklyIssues(part.weekly, [...at, 'weekly']);
  const seen = new Set<string>();
  part.holidays?.forEach((h, i) => {
    if (!isLocalDate(h.date))
      issues.push({ path: [...at, 'holidays', i, 'date'], code: 'badDate' });
    else if (seen.has(h.date))
      issues.push({ path: [...at, 'holidays', i, 'date'], code: 'duplicateHoliday' });
    seen.add(h.date);
  });
  const periods = part.periods ?? [];
  periods.forEach((p, i) => {
    const path = [...at, 'periods', i];
    weeklyIssues(p.weekly, [...path, 'weekly']);
    if (!isLocalDate(p.from)) issues.push({ path: [...path, 'from'], code: 'badDate' });
    if (!isLocalDate(p.to)) issues.push({ path: [...path, 'to'], code: 'badDate' });
    else if (isLocalDate(p.from) && p.to < p.from)
      issues.push({ path: [...path, 'to'], code: 'periodEndsBeforeStart' });
  });
  periods.forEach((p, i) => {
    if (!isLocalDate(p.from) || !isLocalDate(p.to) || p.to < p.from) return;
    const clash = periods.findIndex(
      (q, j) =>
        j < i && isLocalDate(q.from) && isLocalDate(q.to) && q.from <= p.to && p.from <= q.to,
    );
    if (clash !== -1) issues.push({ path: [...at, 'periods', i, 'from'], code: 'periodsOverlap' });
  });
  return issues;
}

/** Everything wrong with a set of rules, each with where it is (the editor marks the field). */
export function validateCallingRules(rules: z.infer<typeof rulesShape>): CallingRulesIssue[] {
  const issues = partIssues(rules, []);
  const countries = new Set<string>();
  rules.countries.forEach((c, i) => {
    if (countries.has(c.country))
      issues.push({ path: ['countries', i, 'country'], code: 'duplicateCountry' });
    countries.add(c.country);
    issues.push(...partIssues(c, ['countries', i]));
  });
  return issues;
}

export const callingRulesSchema = rulesShape.superRefine((rules, ctx) => {
  for (const issue of validateCallingRules(rules))
    ctx.addIssue({ code: 'custom', message: issue.code, path: issue.path });
});
export type CallingRules = z.infer<typeof callingRulesSchema>;

/** The weekend presets: Friday–Saturday (the Gulf) and Saturday–Sunday. */
export const WEEKEND_PRESETS = { friSat: [5, 6], satSun: [6, 0] } as const;
export type WeekendPreset = keyof typeof WEEKEND_PRESETS;

/** Weekly hours with the preset's days closed and every other day open `hours` (or as it was). */
export function withWeekend(
  weekly: WeeklyHours,
  preset: WeekendPreset,
  hours: DayHoursRule,
): WeeklyHours {
  const closed: readonly number[] = WEEKEND_PRESETS[preset];
  return weekly.map((h, day) => (closed.includes(day) ? null : (h ?? { ...hours })));
}

/** The weekend a week's hours have: the preset it matches, or null. */
export function weekendOf(weekly: WeeklyHours): WeekendPreset | null {
  for (const [name, days] of Object.entries(WEEKEND_PRESETS) as [
    WeekendPreset,
    readonly number[],
  ][])
    if (weekly.every((h, day) => (h === null) === days.includes(day))) return name;
  return null;
}

/** Rules that say exactly what the single calling window says: every day, those hours. */
export function rulesFromWindow(window: CallingWindow): CallingRules {
  const hours = { startMinutes: window.startMinutes, endMinutes: window.endMinutes };
  return {
    weekly: Array.from({ length: 7 }, () => ({ ...hours })),
    holidays: [],
    periods: [],
    countries: [],
  };
}

/** The stored setting as rules, or null when there is none (or it does not parse). */
export function callingRulesFrom(value: unknown): CallingRules | null {
  const parsed = callingRulesSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

const dateNumber = (date: string) => Number(date.replaceAll('-', ''));

function compile(rules: CallingRules, country: CountryRules | undefined): CallingCalendar {
  const weekly: WeekHours = country?.weekly ?? rules.weekly;
  const holidays = country?.holidays ?? rules.holidays;
  const periods = country?.periods ?? rules.periods;
  return {
    weekly,
    holidays: new Map(holidays.map((h) => [dateNumber(h.date), h.name])),
    periods: periods.map((p) => ({
      from: dateNumber(p.from),
      to: dateNumber(p.to),
      name: p.name,
      weekly: p.weekly,
    })),
  };
}

const compiled = new WeakMap<CallingRules, Map<string, CallingPolicy>>();

/**
 * The calling policy for a lead of `country` (ISO 3166 alpha-2, or null): the country's own rules
 * where it has them, else the organisation's; with no rules set, the organisation's calling window.
 */
export function callingPolicyFor(
  window: CallingWindow | undefined,
  rules: CallingRules | null | undefined,
  country: string | null | undefined,
): CallingPolicy {
  const base: CallingWindow = window ?? DEFAULT_CALLING_WINDOW;
  if (!rules) return base;
  let byCountry = compiled.get(rules);
  if (!byCountry) compiled.set(rules, (byCountry = new Map()));
  const own = country
    ? rules.countries.find((c) => c.country === country.toUpperCase())
    : undefined;
  const key = own?.country ?? '';
  let policy = byCountry.get(key);
  if (!policy) {
    policy = {
      startMinutes: base.startMinutes,
      endMinutes: base.endMinutes,
      calendar: compile(rules, own),
    };
    byCountry.set(key, policy);
  }
  return policy;
}

/** A lead's policy by its country (what the dial queue asks per lead), with every policy it gives. */
export type CallingPolicyOf = ((country: string | null | undefined) => CallingPolicy) & {
  readonly all: readonly CallingPolicy[];
};

export function callingPolicyOf(
  window: CallingWindow | undefined,
  rules: CallingRules | null | undefined,
): CallingPolicyOf {
  return Object.assign(
    (country: string | null | undefined) => callingPolicyFor(window, rules, country),
    { all: everyCallingPolicy(window, rules) },
  );
}

/** Every distinct policy the rules can give (the organisation's, then each country's). */
export function everyCallingPolicy(
  window: CallingWindow | undefined,
  rules: CallingRules | null | undefined,
): CallingPolicy[] {
  return [
    callingPolicyFor(window, rules, null),
    ...(rules?.countries ?? []).map((c) => callingPolicyFor(window, rules, c.country)),
  ];
}
