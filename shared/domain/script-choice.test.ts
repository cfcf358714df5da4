import { describe, expect, it } from 'vitest';
import type { CallScript, ProductId, ScriptId, ScriptRole } from './content';
import {
  INBOUND_LEAD_SOURCE,
  chooseScript,
  defaultScript,
  isInboundScript,
  isScriptForList,
  ordinaryScript,
  scriptOnScreen,
  scriptOptions,
  type ScriptLead,
} from './script-choice';

const PRO = 'pro-500' as ProductId;
const HOME = 'home-4' as ProductId;

function script(
  id: string,
  role: ScriptRole,
  productId: ProductId | null,
  inbound?: boolean,
  lists?: string[],
): CallScript {
  return {
    id: id as ScriptId,
    role,
    name: { en: id },
    productId,
    ...(inbound === undefined ? {} : { inbound }),
    ...(lists === undefined ? {} : { lists }),
    steps: [],
  };
}

const HUNTER = script('hunter-cold', 'hunter', PRO);
const HUNTER_FLAG_FALSE = script('hunter-cold-2', 'hunter', HOME, false);
const CLOSER = script('closer-meeting', 'closer', PRO);
const HUNTER_IN_PRO = script('hunter-in-pro', 'hunter', PRO, true);
const CLOSER_IN_HOME = script('closer-in-home', 'closer', HOME, true);
const HUNTER_IN_ANY = script('hunter-in-any', 'hunter', null, true);
const CLOSER_IN_ANY = script('closer-in-any', 'closer', null, true);

const ALL = [
  HUNTER_IN_PRO,
  CLOSER_IN_HOME,
  HUNTER_IN_ANY,
  CLOSER_IN_ANY,
  HUNTER,
  HUNTER_FLAG_FALSE,
  CLOSER,
];
const id = (s: CallScript | null) => s?.id ?? null;

describe('chooseScript: an inbound call', () => {
  it('opens the inbound script of the called number’s product for the agent’s role', () => {
    expect(id(chooseScript(ALL, 'hunter', { productId: PRO }))).toBe(HUNTER_IN_PRO.id);
  });

  it('prefers the agent’s role over another role’s script of the same product', () => {
    const closerFirst = script('closer-in-pro', 'closer', PRO, true);
    expect(id(chooseScript([closerFirst, HUNTER_IN_PRO], 'hunter', { productId: PRO }))).toBe(
      HUNTER_IN_PRO.id,
    );
  });

  it('takes another role’s inbound script of that product when the role has none', () => {
    expect(id(chooseScript(ALL, 'hunter', { productId: HOME }))).toBe(CLOSER_IN_HOME.id);
  });

  it('falls back to the role’s inbound script without a product', () => {
    const unmapped = 'unmapped' as ProductId;
    expect(id(chooseScript(ALL, 'hunter', { productId: unmapped }))).toBe(HUNTER_IN_ANY.id);
    // No called number (or one not mapped to a product).
    expect(id(chooseScript(ALL, 'closer', { productId: null }))).toBe(CLOSER_IN_ANY.id);
  });

  it('does not take another role’s inbound script without a product', () => {
    expect(id(chooseScript([CLOSER_IN_ANY, HUNTER], 'hunter', { productId: null }))).toBe(
      HUNTER.id,
    );
  });

  it('falls back to the role’s ordinary script when there is no inbound script for it', () => {
    expect(id(chooseScript([HUNTER_IN_PRO, CLOSER], 'closer', { productId: HOME }))).toBe(
      CLOSER.id,
    );
    expect(id(chooseScript([HUNTER], 'hunter', { productId: PRO }))).toBe(HUNTER.id);
  });

  it('is null when the role has no script at all', () => {
    expect(chooseScript([HUNTER], 'farmer', { productId: PRO })).toBeNull();
  });
});

describe('chooseScript: outbound work', () => {
  it('never picks an inbound script, even listed first', () => {
    expect(id(chooseScript(ALL, 'hunter', null))).toBe(HUNTER.id);
    expect(id(chooseScript(ALL, 'closer', null))).toBe(CLOSER.id);
  });

  it('is null when the role only has inbound scripts', () => {
    expect(chooseScript([HUNTER_IN_PRO, HUNTER_IN_ANY], 'hunter', null)).toBeNull();
  });

  it('counts a script with inbound: false as ordinary', () => {
    expect(id(chooseScript([HUNTER_IN_ANY, HUNTER_FLAG_FALSE], 'hunter', null))).toBe(
      HUNTER_FLAG_FALSE.id,
    );
    expect(isInboundScript(HUNTER_FLAG_FALSE)).toBe(false);
    expect(isInboundScript(HUNTER)).toBe(false);
    expect(isInboundScript(HUNTER_IN_PRO)).toBe(true);
  });
});

describe('ordinaryScript', () => {
  it('is the first script of the role that is not for inbound callers', () => {
    expect(id(ordinaryScript(ALL, 'hunter'))).toBe(HUNTER.id);
    expect(ordinaryScript(ALL, 'farmer')).toBeNull();
  });
});

describe('defaultScript: outbound work', () => {
  const GENERAL = script('hunter-general', 'hunter', null);
  const HOME_SCRIPT = script('hunter-home', 'hunter', HOME);
  const EXPO = script('hunter-expo', 'hunter', PRO, false, ['Smart Office Expo 2025']);
  const EXPO_HOME = script('hunter-expo-home', 'hunter', HOME, false, ['Smart Office Expo 2025']);
  const RADIO_IN = script('hunter-radio-in', 'hunter', PRO, true, ['Radio campaign']);
  const FARMER_PRO = script('farmer-pro', 'farmer', PRO);
  const FARMER_HOME = script('farmer-home', 'farmer', HOME);
  const SCRIPTS = [RADIO_IN, EXPO, GENERAL, HOME_SCRIPT, EXPO_HOME, FARMER_PRO, FARMER_HOME];
  const lead = (patch: Partial<ScriptLead> = {}): ScriptLead => ({ listName: null, ...patch });
  const pick = (role: ScriptRole, l: ScriptLead) =>
    id(defaultScript(SCRIPTS, role, { inbound: null, lead: l }));

  it('opens the script written for the lead’s list, however the list name was typed', () => {
    expect(pick('hunter', lead({ listName: 'Smart Office Expo 2025' }))).toBe(EXPO.id);
    expect(pick('hunter', lead({ listName: '  smart office EXPO 2025 ' }))).toBe(EXPO.id);
  });

  it('prefers the list’s script of the lead’s product', () => {
    const deal = { productId: HOME };
    expect(pick('hunter', lead({ listName: 'Smart Office Expo 2025', deal }))).toBe(EXPO_HOME.id);
  });

  it('opens the script of the lead’s product (deal, else proposal) when no script names its list', () => {
    expect(pick('farmer', lead({ deal: { productId: HOME } }))).toBe(FARMER_HOME.id);
    expect(pick('hunter', lead({ listName: 'Cold list', proposal: { productId: HOME } }))).toBe(
      HOME_SCRIPT.id,
    );
    // The deal is what the customer has: it wins over an older proposal.
    expect(pick('farmer', lead({ proposal: { productId: HOME }, deal: { productId: PRO } }))).toBe(
      FARMER_PRO.id,
    );
  });

  it('falls back to the role’s first general script, never an inbound one or another list’s', () => {
    expect(pick('hunter', lead({ listName: 'Radio campaign' }))).toBe(GENERAL.id);
    expect(pick('hunter', lead())).toBe(GENERAL.id);
    expect(id(defaultScript(SCRIPTS, 'hunter', { inbound: null }))).toBe(GENERAL.id);
  });

  it('takes a list’s script when the role has nothing else, and is null without any', () => {
    expect(id(defaultScript([RADIO_IN, EXPO], 'hunter', { inbound: null, lead: lead() }))).toBe(
      EXPO.id,
    );
    expect(defaultScript([RADIO_IN], 'hunter', { inbound: null, lead: lead() })).toBeNull();
    expect(defaultScript(SCRIPTS, 'closer', { inbound: null, lead: lead() })).toBeNull();
  });
});

describe('defaultScript: callers', () => {
  const COLD = script('cold', 'hunter', PRO);
  const IN_PRO = script('in-pro', 'hunter', PRO, true);
  const IN_HOME = script('in-home', 'hunter', HOME, true);
  const SCRIPTS = [COLD, IN_PRO, IN_HOME];

  it('an inbound call opens the inbound script of the called number’s product', () => {
    const situation = { inbound: { productId: HOME }, lead: { listName: null } };
    expect(id(defaultScript(SCRIPTS, 'hunter', situation))).toBe(IN_HOME.id);
  });

  it('a called number without a product uses the lead’s product', () => {
    const l = { listName: null, proposal: { productId: HOME } };
    expect(id(defaultScript(SCRIPTS, 'hunter', { inbound: { productId: null }, lead: l }))).toBe(
      IN_HOME.id,
    );
  });

  it('a lead written down for a caller opens the inbound script until its first outcome', () => {
    const fresh = { listName: 'Inbound calls', origin: 'inbound', touches: 0 };
    expect(id(defaultScript(SCRIPTS, 'hunter', { inbound: null, lead: fresh }))).toBe(IN_PRO.id);
    const later = { ...fresh, touches: 1 };
    expect(id(defaultScript(SCRIPTS, 'hunter', { inbound: null, lead: later }))).toBe(COLD.id);
    const bySource = { listName: 'Inbound calls', source: INBOUND_LEAD_SOURCE, touches: 0 };
    expect(id(defaultScript(SCRIPTS, 'hunter', { inbound: null, lead: bySource }))).toBe(IN_PRO.id);
    const walkIn = { listName: 'Walk-ins', origin: 'walkIn', touches: 0 };
    expect(id(defaultScript(SCRIPTS, 'hunter', { inbound: null, lead: walkIn }))).toBe(COLD.id);
    const imported = { listName: 'Web form', touches: 0 };
    expect(id(defaultScript(SCRIPTS, 'hunter', { inbound: null, lead: imported }))).toBe(COLD.id);
  });
});

describe('scriptOptions and scriptOnScreen', () => {
  const COLD = script('cold', 'hunter', PRO);
  const IN_PRO = script('in-pro', 'hunter', PRO, true);
  const COLD_2 = script('cold-2', 'hunter', HOME);
  const CLOSER_S = script('closer', 'closer', PRO);
  const SCRIPTS = [IN_PRO, COLD, CLOSER_S, COLD_2];
  const outbound = { inbound: null, lead: { listName: null } };

  it('offers the role’s ordinary scripts first, then its inbound ones, not other roles’', () => {
    expect(scriptOptions(SCRIPTS, 'hunter').map((s) => s.id)).toEqual([
      COLD.id,
      COLD_2.id,
      IN_PRO.id,
    ]);
    expect(scriptOptions(SCRIPTS, 'farmer')).toEqual([]);
  });

  it('shows the script the agent picked for the lead, else the default', () => {
    expect(id(scriptOnScreen(SCRIPTS, 'hunter', outbound, COLD_2.id))).toBe(COLD_2.id);
    expect(id(scriptOnScreen(SCRIPTS, 'hunter', outbound, IN_PRO.id))).toBe(IN_PRO.id);
    expect(id(scriptOnScreen(SCRIPTS, 'hunter', outbound, null))).toBe(COLD.id);
  });

  it('ignores a pick that is gone or belongs to another role', () => {
    expect(id(scriptOnScreen(SCRIPTS, 'hunter', outbound, 'deleted'))).toBe(COLD.id);
    expect(id(scriptOnScreen(SCRIPTS, 'hunter', outbound, CLOSER_S.id))).toBe(COLD.id);
  });

  it('matches no list for a lead without one', () => {
    expect(isScriptForList(script('x', 'hunter', null, false, ['']), '')).toBe(false);
    expect(isScriptForList(script('x', 'hunter', null, false, ['A']), null)).toBe(false);
  });
});
