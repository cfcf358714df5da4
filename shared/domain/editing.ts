// Rules for the supervisor's editors: what makes authored content (scripts, objection cards,
// closing techniques, products) and people records valid, the script graph checks, and who may
// edit what. Pure: the desk and the sync server run the same checks.
import {
  findPlaceholders,
  isAgent,
  isPlaceholder,
  type CallScript,
  type ClosingTechnique,
  type ContentRow,
  type MessageTemplate,
  type User,
  type ObjectionCard,
  type Product,
  type Team,
  type UserRole,
} from './content';
import { isValidEmail } from './email';
import type { TeamId, UserId } from './ids';
import { CONTENT_LANGUAGES, type ContentLanguage, type Localized } from './localized-content';
import { MINUTES_A_DAY, type RepTargets, type SalesTarget } from './targets';

/** DOMAIN.md: at least seven features per product. */
export const MIN_FAB_FEATURES = 7;
/** DOMAIN.md: a supervisor leads 6–7 reps at most. */
export const MAX_TEAM_REPS = 7;

export type Severity = 'error' | 'warning';

export const ISSUE_CODES = [
  'nameRequired',
  'noSteps',
  'stepIdRequired',
  'stepIdInvalid',
  'stepIdDuplicate',
  'stepLinesMissing',
  'branchTargetMissing',
  'branchTargetRequired',
  'stepUnreachable',
  'unknownPlaceholder',
  'titleRequired',
  'objectionRequired',
  'responsesRequired',
  'descriptionRequired',
  'priceInvalid',
  'currencyInvalid',
  'fabFeatureRequired',
  'fabIdDuplicate',
  'fewFeatures',
  'crossSellSelf',
  'crossSellUnknown',
  'productUnknown',
  'bodyRequired',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

/** One problem found in an edited record. Errors block saving; warnings are shown only. */
export type EditIssue = {
  severity: Severity;
  code: IssueCode;
  /** The script step, FAB row id or branch target the issue is about. */
  stepId?: string;
  target?: string;
  language?: ContentLanguage;
  placeholder?: string;
  /** A count the message needs (features present, minimum). */
  count?: number;
};

export const hasErrors = (issues: readonly EditIssue[]): boolean =>
  issues.some((i) => i.severity === 'error');

// ---------------------------------------------------------------------------------------------
// Localized text

function isFilled(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some((v) => typeof v === 'string' && v.trim() !== '');
  return false;
}

/** The content languages a text is not written in (absent, blank, or only blank lines). */
export function missingLanguages<T>(content: Localized<T> | undefined): ContentLanguage[] {
  return CONTENT_LANGUAGES.filter((l) => !isFilled(content?.[l]));
}

/** True when at least one language has the text. */
export function isWrittenAnywhere<T>(content: Localized<T> | undefined): boolean {
  return missingLanguages(content).length < CONTENT_LANGUAGES.length;
}

/**
 * Tidies a text for saving: trims it, drops blank lines, and removes languages left empty so the
 * agent screens fall back (with their marker) instead of showing nothing.
 */
export function normaliseLocalized<T extends string | string[]>(
  content: Localized<T> | undefined,
): Localized<T> {
  const out: Localized<T> = {};
  for (const l of CONTENT_LANGUAGES) {
    const v = content?.[l];
    if (typeof v === 'string') {
      if (v.trim()) out[l] = v.trim() as T;
    } else if (Array.isArray(v)) {
      const lines = v.map((s) => s.trim()).filter((s) => s !== '');
      if (lines.length) out[l] = lines as T;
    }
  }
  return out;
}

/** Unknown placeholders (`{lead.nmae}`) written in a text. */
export function unknownPlaceholders(text: string): string[] {
  return findPlaceholders(text).filter((p) => !isPlaceholder(p));
}

function placeholderIssues(
  content: Localized<string | string[]> | undefined,
  extra: Partial<EditIssue> = {},
): EditIssue[] {
  const issues: EditIssue[] = [];
  for (const language of CONTENT_LANGUAGES) {
    const v = content?.[language];
    const text = Array.isArray(v) ? v.join('\n') : (v ?? '');
    for (const placeholder of unknownPlaceholders(text))
      issues.push({
        severity: 'error',
        code: 'unknownPlaceholder',
        language,
        placeholder,
        ...extra,
      });
  }
  return issues;
}

// ---------------------------------------------------------------------------------------------
// Call scripts

const STEP_ID = /^[A-Za-z0-9][\w-]{0,63}$/;

/** Steps a branch points to that do not exist: `{from, to}` per broken branch. */
export function missingBranchTargets(script: CallScript): { from: string; to: string }[] {
  const ids = new Set(script.steps.map((s) => s.id));
  const out: { from: string; to: string }[] = [];
  for (const step of script.steps)
    for (const b of step.branches)
      if (b.next && !ids.has(b.next)) out.push({ from: step.id, to: b.next });
  return out;
}

/** Steps no path of branches reaches from the first step (the call always starts there). */
export function unreachableSteps(script: CallScript): string[] {
  const first = script.steps[0];
  if (!first) return [];
  const byId = new Map(script.steps.map((s) => [s.id, s]));
  const seen = new Set<string>([first.id]);
  const queue = [first.id];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    const step = byId.get(id);
    for (const b of step?.branches ?? []) {
      if (!seen.has(b.next) && byId.has(b.next)) {
        seen.add(b.next);
        queue.push(b.next);
      }
    }
  }
  return script.steps.filter((s) => !seen.has(s.id)).map((s) => s.id);
}

export function checkScript(script: CallScript, productIds?: readonly string[]): EditIssue[] {
  const issues: EditIssue[] = [];
  if (!isWrittenAnywhere(script.name)) issues.push({ severity: 'error', code: 'nameRequired' });
  if (script.productId && productIds && !productIds.includes(script.productId))
    issues.push({ severity: 'warning', code: 'productUnknown', target: script.productId });
  if (script.steps.length === 0) issues.push({ severity: 'error', code: 'noSteps' });
  const seen = new Set<string>();
  for (const step of script.steps) {
    const stepId = step.id;
    if (!stepId.trim()) issues.push({ severity: 'error', code: 'stepIdRequired' });
    else if (!STEP_ID.test(stepId))
      issues.push({ severity: 'error', code: 'stepIdInvalid', stepId });
    else if (seen.has(stepId)) issues.push({ severity: 'error', code: 'stepIdDuplicate', stepId });
    seen.add(stepId);
    if (!isWrittenAnywhere(step.lines))
      issues.push({ severity: 'warning', code: 'stepLinesMissing', stepId });
    for (const b of step.branches)
      if (!b.next) issues.push({ severity: 'error', code: 'branchTargetRequired', stepId });
    issues.push(...placeholderIssues(step.lines, { stepId }));
    issues.push(...placeholderIssues(step.coaching, { stepId }));
  }
  for (const { from, to } of missingBranchTargets(script))
    issues.push({ severity: 'error', code: 'branchTargetMissing', stepId: from, target: to });
  for (const stepId of unreachableSteps(script))
    issues.push({ severity: 'warning', code: 'stepUnreachable', stepId });
  return issues;
}

// ---------------------------------------------------------------------------------------------
// Objection cards, closing techniques, products

export function checkObjection(card: ObjectionCard): EditIssue[] {
  const issues: EditIssue[] = [];
  if (!isWrittenAnywhere(card.title)) issues.push({ severity: 'error', code: 'titleRequired' });
  if (!isWrittenAnywhere(card.objection))
    issues.push({ severity: 'error', code: 'objectionRequired' });
  if (!isWrittenAnywhere(card.responses))
    issues.push({ severity: 'error', code: 'responsesRequired' });
  issues.push(...placeholderIssues(card.responses));
  return issues;
}

export function checkClosing(technique: ClosingTechnique): EditIssue[] {
  const issues: EditIssue[] = [];
  if (!isWrittenAnywhere(technique.name)) issues.push({ severity: 'error', code: 'nameRequired' });
  if (!isWrittenAnywhere(technique.description))
    issues.push({ severity: 'error', code: 'descriptionRequired' });
  issues.push(...placeholderIssues(technique.examples));
  return issues;
}

export function checkProduct(product: Product, productIds?: readonly string[]): EditIssue[] {
  const issues: EditIssue[] = [];
  if (!isWrittenAnywhere(product.name)) issues.push({ severity: 'error', code: 'nameRequired' });
  if (!Number.isFinite(product.price) || product.price < 0)
    issues.push({ severity: 'error', code: 'priceInvalid' });
  // A unit cost is a price paid: the same rule (and message) as the price.
  if (
    product.unitCost !== undefined &&
    !(Number.isFinite(product.unitCost) && product.unitCost >= 0)
  )
    issues.push({ severity: 'error', code: 'priceInvalid' });
  if (!/^[A-Z]{3}$/.test(product.currency))
    issues.push({ severity: 'error', code: 'currencyInvalid' });
  const ids = new Set<string>();
  for (const row of product.fab) {
    if (!isWrittenAnywhere(row.feature))
      issues.push({ severity: 'error', code: 'fabFeatureRequired', stepId: row.id });
    if (ids.has(row.id)) issues.push({ severity: 'error', code: 'fabIdDuplicate', stepId: row.id });
    ids.add(row.id);
  }
  if (product.fab.length < MIN_FAB_FEATURES)
    issues.push({ severity: 'warning', code: 'fewFeatures', count: product.fab.length });
  for (const other of product.crossSell) {
    if (other === product.id) issues.push({ severity: 'error', code: 'crossSellSelf' });
    else if (productIds && !productIds.includes(other))
      issues.push({ severity: 'warning', code: 'crossSellUnknown', target: other });
  }
  return issues;
}

/** A message template needs a name and a text; the subject (e-mail only) may stay empty. */
export function checkMessage(template: MessageTemplate): EditIssue[] {
  const issues: EditIssue[] = [];
  if (!isWrittenAnywhere(template.name)) issues.push({ severity: 'error', code: 'nameRequired' });
  if (!isWrittenAnywhere(template.body)) issues.push({ severity: 'error', code: 'bodyRequired' });
  issues.push(...placeholderIssues(template.subject));
  issues.push(...placeholderIssues(template.body));
  return issues;
}

// ---------------------------------------------------------------------------------------------
// People

const PRIVILEGED_ROLES: readonly UserRole[] = ['admin', 'supervisor'];

export const USER_ISSUES = [
  'displayNameRequired',
  'emailInvalid',
  'emailTaken',
  'rolesRequired',
  'teamRequired',
  'teamNameRequired',
  'supervisorInvalid',
  'targetInvalid',
  'monthInvalid',
] as const;
export type UserIssue = (typeof USER_ISSUES)[number];

/** What is wrong with a person's record, given everyone else's (emails are unique, any case). */
export function validateUser(user: User, others: readonly User[]): UserIssue[] {
  const issues: UserIssue[] = [];
  if (!user.displayName.trim()) issues.push('displayNameRequired');
  const email = user.email.trim().toLowerCase();
  if (!isValidEmail(email)) issues.push('emailInvalid');
  else if (others.some((o) => o.id !== user.id && o.email.trim().toLowerCase() === email))
    issues.push('emailTaken');
  if (user.roles.length === 0) issues.push('rolesRequired');
  // Everyone below the administrator works in a team: it decides whose leads and targets they see.
  if (user.teamId === null && !user.roles.includes('admin')) issues.push('teamRequired');
  return issues;
}

export function validateTeam(team: Team): UserIssue[] {
  return isWrittenAnywhere(team.name) ? [] : ['teamNameRequired'];
}

const isWholeNumber = (n: number, max: number) => Number.isInteger(n) && n >= 0 && n <= max;

export function validateRepTargets(t: Omit<RepTargets, 'updatedAt' | 'updatedBy'>): UserIssue[] {
  const ok =
    isWholeNumber(t.dailyCalls, 10_000) &&
    isWholeNumber(t.dailyBookings, 10_000) &&
    isWholeNumber(t.monthlyWins, 1_000_000) &&
    Number.isFinite(t.monthlyRevenue) &&
    t.monthlyRevenue >= 0 &&
    (t.dailyTalkMin === undefined || isWholeNumber(t.dailyTalkMin, MINUTES_A_DAY));
  return ok ? [] : ['targetInvalid'];
}

export function validateSalesTarget(t: SalesTarget): UserIssue[] {
  const issues: UserIssue[] = [];
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(t.month)) issues.push('monthInvalid');
  if (!Number.isFinite(t.revenue) || t.revenue < 0 || !isWholeNumber(t.wins, 1_000_000))
    issues.push('targetInvalid');
  return issues;
}

/** Agents (hunters, closers, farmers) in a team who can still sign in. */
export function teamReps(users: readonly User[], teamId: TeamId): User[] {
  return users.filter((u) => u.teamId === teamId && !u.disabled && isAgent(u));
}

/** True when a team has more reps than one supervisor can lead. */
export function isTeamOversized(users: readonly User[], teamId: TeamId): boolean {
  return teamReps(users, teamId).length > MAX_TEAM_REPS;
}

// ---------------------------------------------------------------------------------------------
// Who may edit what

/** Who is editing: only what decides their rights. */
export type Actor = { id: UserId; roles: readonly UserRole[]; teamId: TeamId | null };

export const isAdmin = (actor: Actor | null): boolean => !!actor?.roles.includes('admin');

/** The teams a supervisor leads: their own, and any naming them as supervisor. */
export function ledTeams(actor: Actor, teams: readonly Team[]): TeamId[] {
  if (!actor.roles.includes('supervisor')) return [];
  const ids = new Set<TeamId>(teams.filter((t) => t.supervisorId === actor.id).map((t) => t.id));
  if (actor.teamId) ids.add(actor.teamId);
  return [...ids];
}

/** Scripts, objection cards, closing techniques and products: supervisors and administrators. */
export function canEditContent(actor: Actor | null): boolean {
  return !!actor && (actor.roles.includes('admin') || actor.roles.includes('supervisor'));
}

/** Teams (names, supervisor): administrators only. */
export function canEditTeams(actor: Actor | null): boolean {
  return isAdmin(actor);
}

function privileged(roles: readonly UserRole[]): UserRole[] {
  return roles.filter((r) => PRIVILEGED_ROLES.includes(r)).sort();
}

/**
 * May `actor` save `after` (replacing `before`, or adding a new person when null)? An
 * administrator may do anything; a supervisor only edits people of a team they lead, keeps them
 * there, and never grants or takes away the supervisor or administrator role.
 */
export function canEditUser(
  actor: Actor | null,
  before: User | null,
  after: User,
  teams: readonly Team[],
): boolean {
  if (!actor) return false;
  if (isAdmin(actor)) return true;
  const led = ledTeams(actor, teams);
  if (led.length === 0) return false;
  if (before && (before.teamId === null || !led.includes(before.teamId))) return false;
  if (after.teamId === null || !led.includes(after.teamId)) return false;
  const was = privileged(before?.roles ?? []).join();
  return privileged(after.roles).join() === was;
}

/** A rep's targets: an administrator, or the supervisor of the rep's team. */
export function canEditTargets(actor: Actor | null, rep: User, teams: readonly Team[]): boolean {
  if (!actor) return false;
  if (isAdmin(actor)) return true;
  return rep.teamId !== null && ledTeams(actor, teams).includes(rep.teamId);
}

/** A team's monthly sales target (null: the organisation's, administrators only). */
export function canEditSalesTarget(
  actor: Actor | null,
  teamId: TeamId | null,
  teams: readonly Team[],
): boolean {
  if (!actor) return false;
  if (isAdmin(actor)) return true;
  return teamId !== null && ledTeams(actor, teams).includes(teamId);
}

// ---------------------------------------------------------------------------------------------
// Months

/** `count` calendar months (`YYYY-MM`) starting with the current one in `timeZone`. */
export function comingMonths(now: number, count: number, timeZone = 'UTC'): string[] {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(new Date(now));
  let year = Number(parts.find((p) => p.type === 'year')?.value);
  let month = Number(parts.find((p) => p.type === 'month')?.value);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return out;
}

/** The list with the item at `from` moved to `to` (reordering steps and FAB rows). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length)
    return [...list];
  const out = [...list];
  const [item] = out.splice(from, 1) as [T];
  out.splice(to, 0, item);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Tidying before save

export function normaliseScript(script: CallScript): CallScript {
  return {
    ...script,
    name: normaliseLocalized(script.name),
    steps: script.steps.map((s) => {
      const coaching = normaliseLocalized(s.coaching);
      const { coaching: _c, objectionCategories: _o, ...rest } = s;
      return {
        ...rest,
        id: s.id.trim(),
        title: normaliseLocalized(s.title),
        lines: normaliseLocalized(s.lines),
        ...(Object.keys(coaching).length ? { coaching } : {}),
        ...(s.objectionCategories?.length ? { objectionCategories: s.objectionCategories } : {}),
        branches: s.branches.map((b) => ({ label: normaliseLocalized(b.label), next: b.next })),
      };
    }),
  };
}

export function normaliseObjection(card: ObjectionCard): ObjectionCard {
  return {
    ...card,
    title: normaliseLocalized(card.title),
    objection: normaliseLocalized(card.objection),
    responses: normaliseLocalized(card.responses),
  };
}

export function normaliseClosing(technique: ClosingTechnique): ClosingTechnique {
  return {
    ...technique,
    name: normaliseLocalized(technique.name),
    description: normaliseLocalized(technique.description),
    examples: normaliseLocalized(technique.examples),
  };
}

export function normaliseProduct(product: Product): Product {
  return {
    ...product,
    name: normaliseLocalized(product.name),
    summary: normaliseLocalized(product.summary),
    currency: product.currency.trim().toUpperCase(),
    crossSell: [...new Set(product.crossSell)],
    fab: product.fab.map((r) => ({
      ...r,
      feature: normaliseLocalized(r.feature),
      advantage: normaliseLocalized(r.advantage),
      benefits: normaliseLocalized(r.benefits),
    })),
  };
}

export function normaliseMessage(template: MessageTemplate): MessageTemplate {
  return {
    ...template,
    name: normaliseLocalized(template.name),
    subject: normaliseLocalized(template.subject),
    body: normaliseLocalized(template.body),
    channels: [...new Set(template.channels)],
  };
}

/** The person as saved: trimmed name, lower-case e-mail, each role once. */
export function normaliseUser(user: User): User {
  return {
    ...user,
    displayName: user.displayName.trim(),
    email: user.email.trim().toLowerCase(),
    roles: [...new Set(user.roles)],
  };
}

// ---------------------------------------------------------------------------------------------
// Language coverage

/** Every text of an item, for "which languages is this missing in". */
function textsOf(
  item: CallScript | ObjectionCard | ClosingTechnique | Product | MessageTemplate,
): Localized<string | string[]>[] {
  if ('body' in item) return [item.name, item.body];
  if ('steps' in item) return [item.name, ...item.steps.flatMap((s) => [s.title, s.lines])];
  if ('objection' in item) return [item.title, item.objection, item.responses];
  if ('examples' in item) return [item.name, item.description];
  return [item.name, ...item.fab.flatMap((r) => [r.feature, r.advantage, r.benefits])];
}

/** Languages in which at least one of the item's texts is not written. */
export function contentMissingLanguages(
  item: CallScript | ObjectionCard | ClosingTechnique | Product | MessageTemplate,
): ContentLanguage[] {
  const texts = textsOf(item);
  return CONTENT_LANGUAGES.filter((l) => texts.some((t) => missingLanguages(t).includes(l)));
}

// ---------------------------------------------------------------------------------------------
// Content rows

/** The row as it will be stored: texts trimmed, empty languages dropped. */
export function normaliseContentRow(row: ContentRow): ContentRow {
  switch (row.kind) {
    case 'script':
      return { ...row, data: normaliseScript(row.data) };
    case 'objection':
      return { ...row, data: normaliseObjection(row.data) };
    case 'closing':
      return { ...row, data: normaliseClosing(row.data) };
    case 'product':
      return { ...row, data: normaliseProduct(row.data) };
    case 'message':
      return { ...row, data: normaliseMessage(row.data) };
  }
}

/** Errors and warnings of a row, checked against the product catalogue. */
export function checkContentRow(row: ContentRow, productIds: readonly string[]): EditIssue[] {
  switch (row.kind) {
    case 'script':
      return checkScript(row.data, productIds);
    case 'objection':
      return checkObjection(row.data);
    case 'closing':
      return checkClosing(row.data);
    case 'product':
      return checkProduct(row.data, productIds);
    case 'message':
      return checkMessage(row.data);
  }
}

/** Scripts selling a product and products cross-selling it: while there are any, it stays. */
export function productUsers(rows: readonly ContentRow[], productId: string): ContentRow[] {
  return rows.filter((r) =>
    r.kind === 'script'
      ? r.data.productId === productId
      : r.kind === 'product' && r.id !== productId && r.data.crossSell.some((p) => p === productId),
  );
}
