// Which call script an agent's screen shows. Ordinary scripts are for the calls agents make; an
// inbound script is for a customer who called in, usually about an advert: its product is the
// one the called number (DID) was published for, so the agent starts with what the caller saw.
import type { CallScript, ScriptRole } from './content';

/** The lead on screen is on an inbound call (or its wrap-up): the called number's product. */
export type InboundContext = { productId: string | null };

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
