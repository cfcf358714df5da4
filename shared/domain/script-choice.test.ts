import { describe, expect, it } from 'vitest';
import type { CallScript, ProductId, ScriptId, ScriptRole } from './content';
import { chooseScript, isInboundScript, ordinaryScript } from './script-choice';

const PRO = 'pro-500' as ProductId;
const HOME = 'home-4' as ProductId;

function script(
  id: string,
  role: ScriptRole,
  productId: ProductId | null,
  inbound?: boolean,
): CallScript {
  return {
    id: id as ScriptId,
    role,
    name: { en: id },
    productId,
    ...(inbound === undefined ? {} : { inbound }),
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
