// Authored sales content (call scripts, objection cards, closing techniques, products with their
// feature → advantage → benefit table) and the organisation, team and user records it is used by.
// Every text is Localized: written per language, resolved with resolveLocalized().
import type { Brand, OrganisationId, TeamId, UserId } from './ids';
import type { ContentLanguage, Localized } from './localized-content';

export type ProductId = Brand<string, 'ProductId'>;
export type ScriptId = Brand<string, 'ScriptId'>;
export type ObjectionCardId = Brand<string, 'ObjectionCardId'>;
export type ClosingTechniqueId = Brand<string, 'ClosingTechniqueId'>;
/** A step id is local to its script: branches name steps of the same script. */
export type StepId = string;

// ---------------------------------------------------------------------------------------------
// Organisation, teams, users

export const USER_ROLES = ['hunter', 'closer', 'farmer', 'supervisor', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** Minutes after local midnight, in the lead's timezone: 9 * 60 is 09:00. */
export type CallingWindow = { startMinutes: number; endMinutes: number };

export type OrganisationProfile = {
  id: OrganisationId;
  name: Localized<string>;
  defaultLanguage: ContentLanguage;
  /** ISO 4217 code prices and proposals are written in. */
  currency: string;
  /** IANA timezone of the head office (reports, "today"). */
  timezone: string;
  callingWindow: CallingWindow;
};

export type Team = {
  id: TeamId;
  name: Localized<string>;
  supervisorId: UserId | null;
};

export type DemoUser = {
  id: UserId;
  displayName: string;
  email: string;
  /** Several roles make the "universal soldier" of a small team. */
  roles: UserRole[];
  /** Null for people above the teams (an administrator). */
  teamId: TeamId | null;
  locale: ContentLanguage;
  dailyCallTarget: number;
  /** Meetings booked (hunter), deals closed (closer) or up-sells agreed (farmer) per day. */
  dailyBookingTarget: number;
  /** Can no longer sign in (left the company); kept for the history of their calls. */
  disabled?: boolean;
};

// ---------------------------------------------------------------------------------------------
// Products and the feature → advantage → benefit table

export type ProductBilling = 'monthly' | 'oneTime';

/**
 * One feature of a product. A feature may give several benefits, so `benefits` is a list per
 * language (one line each) rather than one row per benefit: the full pitch reads every benefit,
 * the one-line "benefit + fact" view pairs the first benefit with the feature.
 */
export type FabRow = {
  id: string;
  /** A fact or parameter: what the product has or does. */
  feature: Localized<string>;
  /** How it differs from the nearest competitor. */
  advantage: Localized<string>;
  /** What the customer personally gets: money saved, time freed, fewer worries. */
  benefits: Localized<string[]>;
};

export type Product = {
  id: ProductId;
  name: Localized<string>;
  /** One sentence for lists and the proposal header. */
  summary: Localized<string>;
  price: number;
  currency: string;
  billing: ProductBilling;
  fab: FabRow[];
  /** Products a farmer may cross-sell to a customer who has this one. */
  crossSell: ProductId[];
};

// ---------------------------------------------------------------------------------------------
// Call scripts

export const SCRIPT_ROLES = ['hunter', 'closer', 'farmer'] as const;
export type ScriptRole = (typeof SCRIPT_ROLES)[number];

/** The five parts of a script (DOMAIN.md "Call scripts"), in order. */
export const SCRIPT_PHASES = ['greeting', 'interest', 'offer', 'objections', 'close'] as const;
export type ScriptPhase = (typeof SCRIPT_PHASES)[number];

export type ScriptBranch = {
  label: Localized<string>;
  next: StepId;
};

export type ScriptStep = {
  id: StepId;
  phase: ScriptPhase;
  title: Localized<string>;
  /** What the agent says, one line per sentence, with placeholders such as {lead.name}. */
  lines: Localized<string[]>;
  /** A note for the agent, not to be read out. */
  coaching?: Localized<string>;
  /** Objection categories to offer first while this step is on screen. */
  objectionCategories?: ObjectionCategory[];
  /** Where the call can go from here; an empty list ends the script. */
  branches: ScriptBranch[];
};

export type CallScript = {
  id: ScriptId;
  role: ScriptRole;
  name: Localized<string>;
  /** The product the script sells, filling {product.name} and {product.price}. */
  productId: ProductId | null;
  /** The call starts at the first step. */
  steps: ScriptStep[];
};

// ---------------------------------------------------------------------------------------------
// Objections and closing techniques

export const OBJECTION_CATEGORIES = [
  'price',
  'trust',
  'competitor',
  'noNeed',
  'noUrgency',
  'noAuthority',
  'sendInfo',
  'callLater',
] as const;
export type ObjectionCategory = (typeof OBJECTION_CATEGORIES)[number];

export type ObjectionCard = {
  id: ObjectionCardId;
  category: ObjectionCategory;
  title: Localized<string>;
  /** What the customer says. */
  objection: Localized<string>;
  /** What the agent answers: alternatives or a sequence, one line each. */
  responses: Localized<string[]>;
};

export const CLOSING_KINDS = [
  'alternativeChoice',
  'incentive',
  'deadline',
  'summary',
  'trialClose',
] as const;
export type ClosingKind = (typeof CLOSING_KINDS)[number];

export type ClosingTechnique = {
  id: ClosingTechniqueId;
  kind: ClosingKind;
  name: Localized<string>;
  /** How it works and when to use it. */
  description: Localized<string>;
  /** Lines to say, with placeholders. */
  examples: Localized<string[]>;
};

// ---------------------------------------------------------------------------------------------
// Placeholders

/** Every placeholder authored content may use, written `{lead.name}` in the text. */
export const PLACEHOLDERS = [
  'lead.name',
  'lead.company',
  'agent.name',
  'org.name',
  'product.name',
  'product.price',
  'deadline',
  'benefit',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type PlaceholderValues = Partial<Record<Placeholder, string>>;

/** Marks around a placeholder that could not be filled, so the agent sees the gap. */
export const UNFILLED_OPEN = '⟦';
export const UNFILLED_CLOSE = '⟧';

const PLACEHOLDER_PATTERN = /\{([A-Za-z][\w.]*)\}/g;

export function isPlaceholder(name: string): name is Placeholder {
  return (PLACEHOLDERS as readonly string[]).includes(name);
}

/** The placeholder names written in a text, in order of appearance, without repeats. */
export function findPlaceholders(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
    if (match[1] !== undefined) names.add(match[1]);
  }
  return [...names];
}

/**
 * Replaces each known placeholder that has a non-empty value. An unknown placeholder, or a known
 * one without a value, is left in the text between ⟦ ⟧ (`{lead.company}` → `⟦lead.company⟧`) so
 * the agent notices it instead of reading out braces or an empty gap.
 */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(PLACEHOLDER_PATTERN, (_whole, name: string) => {
    const value = isPlaceholder(name) ? values[name] : undefined;
    return value !== undefined && value.trim() !== ''
      ? value
      : `${UNFILLED_OPEN}${name}${UNFILLED_CLOSE}`;
  });
}
