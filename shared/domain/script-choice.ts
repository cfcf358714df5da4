// Which call script an agent's screen shows. Ordinary scripts are for the calls agents make; an
// inbound script is for a customer who called in, usually about an advert: its product is the
// one the called number (DID) was published for, so the agent starts with what the caller saw.
// Outbound, the lead's list picks the script written for it (a list bought for one campaign),
// else the lead's product does (the product of its proposal or deal); the agent can always
// switch to another script of the role on the call screen.
import type { CallScript, ProductId, ScriptRole } from './content';

/** The lead on screen is on an inbound call (or its wrap-up): the called number's product. */
export type InboundContext = { productId: string | null };

/**
 * `source` of a lead written down by hand for a customer who called in (or walked in): until
 * its first outcome is logged (no touches yet) it opens with the inbound script.
 */
export const INBOUND_LEAD_SOURCE = 'inbound';

/** What the default script of a lead depends on. */
export type ScriptLead = {
  listName: string | null;
  /** How a lead added by hand came in (lead.ts LEAD_ORIGINS); 'inbound' for a caller. */
  origin?: string | undefined;
  source?: string | null;
  touches?: number;
  proposal?: { productId: ProductId } | null;
  deal?: { productId: ProductId } | null;
};

export type ScriptSituation = {
  /** An inbound call on the lead now (from the phone), else null. */
  inbound: InboundContext | null;
  /** The lead on screen, when there is one. */
  lead?: ScriptLead | null;
};

export function isInboundScript(script: Pick<CallScript, 'inbound'>): boolean {
  return script.inbound === true;
}

/** The role's ordinary script: the first one that is not for inbound callers. */
export function ordinaryScript(
  scripts: readonly CallScript[],
  role: ScriptRole,
): CallScript | null {
  return scripts.find((s) => s.role === role && !isInboundScript(s)) ?? null;
}

/**
 * The script for the lead on screen. Outbound work (no inbound call on this lead) always gets
 * the role's ordinary script. An inbound call gets, in order: the inbound script of the called
 * number's product for this role, else one of that product for any role, else the role's
 * inbound script without a product, else the role's ordinary script.
 */
export function chooseScript(
  scripts: readonly CallScript[],
  role: ScriptRole,
  inbound: InboundContext | null,
): CallScript | null {
  if (inbound) {
    const forCallers = scripts.filter(isInboundScript);
    const ofProduct =
      inbound.productId === null ? [] : forCallers.filter((s) => s.productId === inbound.productId);
    const chosen =
      ofProduct.find((s) => s.role === role) ??
      ofProduct[0] ??
      forCallers.find((s) => s.productId === null && s.role === role);
    if (chosen) return chosen;
  }
  return ordinaryScript(scripts, role);
}

/** The product a lead is about: its deal's, else its proposal's; null for a cold lead. */
export function leadProductId(lead: ScriptLead): ProductId | null {
  return lead.deal?.productId ?? lead.proposal?.productId ?? null;
}

/** List names compare as people type them: trimmed, case and Unicode form folded. */
function listKey(name: string): string {
  return name.normalize('NFC').trim().toLocaleLowerCase();
}

/** Whether a script names the lead's list among the lists it is written for. */
export function isScriptForList(script: Pick<CallScript, 'lists'>, listName: string | null) {
  if (listName === null || listName.trim() === '') return false;
  const key = listKey(listName);
  return (script.lists ?? []).some((l) => listKey(l) === key);
}

/**
 * A lead written down for a caller (origin 'inbound', or source INBOUND_LEAD_SOURCE) who has no
 * outcome logged yet.
 */
export function isNewInboundLead(lead: ScriptLead | null | undefined): boolean {
  if (!lead || (lead.touches ?? 0) !== 0) return false;
  return lead.origin === 'inbound' || lead.source === INBOUND_LEAD_SOURCE;
}

/**
 * The default script for a lead in a situation — what the call screen opens with, and what a
 * screen that creates a lead for a caller should expect it to open with.
 *
 * - An inbound call on the lead: chooseScript's inbound order, with the lead's product when the
 *   called number names none.
 * - A new lead written down for a caller (isNewInboundLead): the same,
 *   else any inbound script of the role (no called number is known).
 * - Otherwise, among the role's ordinary scripts: one written for the lead's list (the one of
 *   the lead's product first), else one of the lead's product that is not tied to other lists,
 *   else the first general script (no lists), else the role's first ordinary script.
 */
export function defaultScript(
  scripts: readonly CallScript[],
  role: ScriptRole,
  situation: ScriptSituation,
): CallScript | null {
  const lead = situation.lead ?? null;
  const product = lead ? leadProductId(lead) : null;
  if (situation.inbound) {
    return chooseScript(scripts, role, { productId: situation.inbound.productId ?? product });
  }
  if (isNewInboundLead(lead)) {
    // No called number is known: any inbound script of the role beats a cold-call opening.
    const called = chooseScript(scripts, role, { productId: product });
    if (called && isInboundScript(called)) return called;
    const anyInbound = scripts.find((s) => s.role === role && isInboundScript(s));
    if (anyInbound) return anyInbound;
  }
  const ordinary = scripts.filter((s) => s.role === role && !isInboundScript(s));
  const general = ordinary.filter((s) => (s.lists ?? []).length === 0);
  const forList = lead ? ordinary.filter((s) => isScriptForList(s, lead.listName)) : [];
  return (
    forList.find((s) => product !== null && s.productId === product) ??
    forList[0] ??
    (product === null ? undefined : general.find((s) => s.productId === product)) ??
    general[0] ??
    ordinary[0] ??
    null
  );
}

/**
 * The scripts an agent can switch between on the call screen: the role's ordinary scripts,
 * then its inbound ones, each in the organisation's order.
 */
export function scriptOptions(scripts: readonly CallScript[], role: ScriptRole): CallScript[] {
  const mine = scripts.filter((s) => s.role === role);
  return [...mine.filter((s) => !isInboundScript(s)), ...mine.filter(isInboundScript)];
}

/**
 * The script on screen: the one the agent picked for this lead, while it is still one of the
 * role's scripts, else the default.
 */
export function scriptOnScreen(
  scripts: readonly CallScript[],
  role: ScriptRole,
  situation: ScriptSituation,
  pickedId: string | null | undefined,
): CallScript | null {
  const picked = pickedId ? scripts.find((s) => s.id === pickedId && s.role === role) : undefined;
  return picked ?? defaultScript(scripts, role, situation);
}
