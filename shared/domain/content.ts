// Authored sales content (call scripts, objection cards, closing techniques, products with their
// feature → advantage → benefit table) and the organisation, team and user records it is used by.
// Every text is Localized: written per language, resolved with resolveLocalized(). The zod
// schemas are the one definition; the types are inferred from them.
import { z } from 'zod';
import {
  closingTechniqueIdSchema,
  messageTemplateIdSchema,
  objectionCardIdSchema,
  organisationIdSchema,
  productIdSchema,
  scriptIdSchema,
  teamIdSchema,
  userIdSchema,
} from './ids';
import { MESSAGE_CHANNELS } from './message-channels';
import { CONTENT_LANGUAGES, localizedSchema } from './localized-content';

export type {
  ClosingTechniqueId,
  MessageTemplateId,
  ObjectionCardId,
  ProductId,
  ScriptId,
} from './ids';
/** A step id is local to its script: branches name steps of the same script. */
export type StepId = string;

const text = (max: number) => z.string().max(max);

// ---------------------------------------------------------------------------------------------
// Organisation, teams, users

export const USER_ROLES = ['hunter', 'closer', 'farmer', 'supervisor', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];
/** The roles that work leads on the phone (the rest lead them). */
export const AGENT_ROLES = ['hunter', 'closer', 'farmer'] as const satisfies readonly UserRole[];
export type AgentRole = (typeof AGENT_ROLES)[number];

export function isAgentRole(role: UserRole): role is AgentRole {
  return (AGENT_ROLES as readonly UserRole[]).includes(role);
}

/** Whether a person works leads on the phone (hunter, closer or farmer). */
export function isAgent(user: Pick<User, 'roles'>): boolean {
  return user.roles.some(isAgentRole);
}

/** Minutes after local midnight, in the lead's timezone: 9 * 60 is 09:00. */
export const callingWindowSchema = z.object({
  startMinutes: z.number().int().min(0).max(1440),
  endMinutes: z.number().int().min(0).max(1440),
});
export type CallingWindow = z.infer<typeof callingWindowSchema>;

export const organisationSchema = z.object({
  id: organisationIdSchema,
  name: localizedSchema(z.string()),
  defaultLanguage: z.enum(CONTENT_LANGUAGES),
  /** ISO 4217 code prices and proposals are written in. */
  currency: z.string().length(3),
  /** IANA timezone of the head office (reports, "today"). */
  timezone: z.string().min(1).max(64),
  callingWindow: callingWindowSchema,
});
export type OrganisationProfile = z.infer<typeof organisationSchema>;

export const teamSchema = z.object({
  id: teamIdSchema,
  name: localizedSchema(text(200)),
  supervisorId: userIdSchema.nullable(),
});
export type Team = z.infer<typeof teamSchema>;

/** A person as desks see them (never a password hash). */
export const userSchema = z.object({
  id: userIdSchema,
  displayName: text(200),
  email: text(320),
  /** Several roles make the "universal soldier" of a small team. */
  roles: z.array(z.enum(USER_ROLES)).min(1).max(USER_ROLES.length),
  /** Null for people above the teams (an administrator). */
  teamId: teamIdSchema.nullable(),
  locale: z.enum(CONTENT_LANGUAGES),
  dailyCallTarget: z.number().int().min(0).max(10_000),
  /** Meetings booked (hunter), deals closed (closer) or up-sells agreed (farmer) per day. */
  dailyBookingTarget: z.number().int().min(0).max(10_000),
  /** Can no longer sign in (left the company); kept for the history of their calls. */
  disabled: z.boolean().optional(),
});
export type User = z.infer<typeof userSchema>;

// ---------------------------------------------------------------------------------------------
// Products and the feature → advantage → benefit table

const line = text(2000);
const lines = z.array(line).max(200);

export const PRODUCT_BILLINGS = ['monthly', 'oneTime'] as const;
export type ProductBilling = (typeof PRODUCT_BILLINGS)[number];

/**
 * One feature of a product. A feature may give several benefits, so `benefits` is a list per
 * language (one line each) rather than one row per benefit: the full pitch reads every benefit,
 * the one-line "benefit + fact" view pairs the first benefit with the feature.
 */
export const fabRowSchema = z.object({
  id: z.string().min(1).max(100),
  /** A fact or parameter: what the product has or does. */
  feature: localizedSchema(line),
  /** How it differs from the nearest competitor. */
  advantage: localizedSchema(line),
  /** What the customer personally gets: money saved, time freed, fewer worries. */
  benefits: localizedSchema(lines),
});
export type FabRow = z.infer<typeof fabRowSchema>;

export const productSchema = z.object({
  id: productIdSchema,
  name: localizedSchema(text(300)),
  /** One sentence for lists and the proposal header. */
  summary: localizedSchema(line),
  price: z.number(),
  currency: z.string().max(3),
  /** What one unit costs the organisation, in `currency` (for the margin in the sources analysis). */
  unitCost: z.number().optional(),
  billing: z.enum(PRODUCT_BILLINGS),
  fab: z.array(fabRowSchema).max(100),
  /** Products a farmer may cross-sell to a customer who has this one. */
  crossSell: z.array(productIdSchema).max(100),
});
export type Product = z.infer<typeof productSchema>;

// ---------------------------------------------------------------------------------------------
// Call scripts

export const SCRIPT_ROLES = AGENT_ROLES;
export type ScriptRole = AgentRole;

/** The five parts of a script (DOMAIN.md "Call scripts"), in order. */
export const SCRIPT_PHASES = ['greeting', 'interest', 'offer', 'objections', 'close'] as const;
export type ScriptPhase = (typeof SCRIPT_PHASES)[number];

import { OBJECTION_CATEGORIES } from './objections';

export { OBJECTION_CATEGORIES, isObjectionCategory, type ObjectionCategory } from './objections';

export const scriptBranchSchema = z.object({
  label: localizedSchema(text(300)),
  next: z.string().max(64),
});
export type ScriptBranch = z.infer<typeof scriptBranchSchema>;

export const scriptStepSchema = z.object({
  id: z.string().max(64),
  phase: z.enum(SCRIPT_PHASES),
  title: localizedSchema(text(300)),
  /** What the agent says, one line per sentence, with placeholders such as {lead.name}. */
  lines: localizedSchema(lines),
  /** A note for the agent, not to be read out. */
  coaching: localizedSchema(text(4000)).optional(),
  /** Objection categories to offer first while this step is on screen. */
  objectionCategories: z.array(z.enum(OBJECTION_CATEGORIES)).max(20).optional(),
  /** Where the call can go from here; an empty list ends the script. */
  branches: z.array(scriptBranchSchema).max(20),
});
export type ScriptStep = z.infer<typeof scriptStepSchema>;

export const callScriptSchema = z.object({
  id: scriptIdSchema,
  role: z.enum(SCRIPT_ROLES),
  name: localizedSchema(text(300)),
  /** The product the script sells, filling {product.name} and {product.price}. */
  productId: productIdSchema.nullable(),
  /**
   * For customers who call in: it opens when an inbound call comes on the number (DID) of its
   * product's advert, never for outbound work. Absent or false: an ordinary (outbound) script.
   */
  inbound: z.boolean().optional(),
  /**
   * Lead lists (as imported, `listName`) this script is the default for: a list bought for one
   * product or campaign opens its own script. Absent or empty: the role's general script.
   */
  lists: z.array(text(200)).max(100).optional(),
  /** The call starts at the first step. */
  steps: z.array(scriptStepSchema).max(200),
});
export type CallScript = z.infer<typeof callScriptSchema>;

// ---------------------------------------------------------------------------------------------
// Objections and closing techniques

export const objectionCardSchema = z.object({
  id: objectionCardIdSchema,
  category: z.enum(OBJECTION_CATEGORIES),
  title: localizedSchema(text(300)),
  /** What the customer says. */
  objection: localizedSchema(line),
  /** What the agent answers: alternatives or a sequence, one line each. */
  responses: localizedSchema(lines),
});
export type ObjectionCard = z.infer<typeof objectionCardSchema>;

export const CLOSING_KINDS = [
  'alternativeChoice',
  'incentive',
  'deadline',
  'summary',
  'trialClose',
] as const;
export type ClosingKind = (typeof CLOSING_KINDS)[number];

export const closingTechniqueSchema = z.object({
  id: closingTechniqueIdSchema,
  kind: z.enum(CLOSING_KINDS),
  name: localizedSchema(text(300)),
  /** How it works and when to use it. */
  description: localizedSchema(text(4000)),
  /** Lines to say, with placeholders. */
  examples: localizedSchema(lines),
});
export type ClosingTechnique = z.infer<typeof closingTechniqueSchema>;

// ---------------------------------------------------------------------------------------------
// Message templates (touches between calls: WhatsApp, SMS, e-mail)

export const messageTemplateSchema = z.object({
  id: messageTemplateIdSchema,
  name: localizedSchema(text(300)),
  /** The channels it is offered on; empty: every channel. */
  channels: z.array(z.enum(MESSAGE_CHANNELS)).max(MESSAGE_CHANNELS.length),
  /** The e-mail's subject, with placeholders (WhatsApp and SMS have none). */
  subject: localizedSchema(text(300)),
  /** The text, with placeholders such as {lead.name}; line breaks are kept. */
  body: localizedSchema(text(4000)),
});
export type MessageTemplate = z.infer<typeof messageTemplateSchema>;

// ---------------------------------------------------------------------------------------------
// Content rows: how authored content is stored and synced, one row per item

export const CONTENT_KINDS = ['script', 'objection', 'closing', 'product', 'message'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

/** The row's id is its item's id (any kind: content ids share one namespace). */
const contentId = z.string().min(1).max(100);
export const contentRowSchema = z.discriminatedUnion('kind', [
  z.object({ id: contentId, kind: z.literal('script'), data: callScriptSchema }),
  z.object({ id: contentId, kind: z.literal('objection'), data: objectionCardSchema }),
  z.object({ id: contentId, kind: z.literal('closing'), data: closingTechniqueSchema }),
  z.object({ id: contentId, kind: z.literal('product'), data: productSchema }),
  z.object({ id: contentId, kind: z.literal('message'), data: messageTemplateSchema }),
]);
export type ContentRow = z.infer<typeof contentRowSchema>;

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
  /** Good morning / afternoon / evening by the lead's clock (shared/domain/greeting.ts). */
  'greeting',
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
