import { describe, expect, it } from 'vitest';
import {
  CLOSING_KINDS,
  OBJECTION_CATEGORIES,
  SCRIPT_PHASES,
  SCRIPT_ROLES,
  findPlaceholders,
  isPlaceholder,
} from '../domain/content';
import type { ContentLanguage } from '../domain/localized-content';
import { isInboundScript } from '../domain/script-choice';
import { DEMO_CLOSING_TECHNIQUES } from './closing';
import { DEMO_MESSAGE_TEMPLATES } from './messages';
import { DEMO_OBJECTIONS } from './objections';
import { DEMO_ORGANISATION, DEMO_TEAMS, DEMO_USERS } from './organisation';
import { DEMO_PRODUCTS, RAWAA_PRO_500 } from './products';
import { generateDemoLeads } from './leads';
import { DEMO_SCRIPTS, EXPO_LISTS } from './scripts';

const LANGUAGES: ContentLanguage[] = ['en', 'ar', 'tr'];
const ARABIC_LETTER = /[\u0621-\u064A]/;
const TURKISH_LETTER = /[çğıİöşüÇĞÖŞÜ]/;
const TURKISH_ONLY_LETTER = /[ğıİşĞŞ]/;

type Found = { path: string; value: Record<string, unknown> };

/** Every Localized value (an object keyed by en/ar/tr) anywhere inside the content. */
function localizedValues(value: unknown, path: string, found: Found[] = []): Found[] {
  if (Array.isArray(value)) {
    value.forEach((item, i) => localizedValues(item, `${path}[${i}]`, found));
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (LANGUAGES.some((language) => language in record)) {
      found.push({ path, value: record });
    } else {
      for (const [key, child] of Object.entries(record)) {
        localizedValues(child, `${path}.${key}`, found);
      }
    }
  }
  return found;
}

const CONTENT = {
  organisation: DEMO_ORGANISATION,
  teams: DEMO_TEAMS,
  products: DEMO_PRODUCTS,
  scripts: DEMO_SCRIPTS,
  objections: DEMO_OBJECTIONS,
  closing: DEMO_CLOSING_TECHNIQUES,
  messages: DEMO_MESSAGE_TEMPLATES,
};
const ALL = localizedValues(CONTENT, 'demo');

function texts(found: Found, language: ContentLanguage): string[] {
  const value = found.value[language];
  return Array.isArray(value) ? (value as string[]) : [value as string];
}

describe('demo content is written in English, Arabic and Turkish', () => {
  it('finds a substantial body of localized text', () => {
    expect(ALL.length).toBeGreaterThan(200);
  });

  it.each(LANGUAGES)('every text has a non-empty %s version', (language) => {
    const missing = ALL.filter((found) => {
      const value = found.value[language];
      if (typeof value === 'string') return value.trim() === '';
      if (Array.isArray(value)) {
        return value.length === 0 || value.some((line) => typeof line !== 'string' || !line.trim());
      }
      return true;
    });
    expect(missing.map((m) => m.path)).toEqual([]);
  });

  it('has as many lines in every language (lines are parallel translations)', () => {
    const uneven = ALL.filter((found) => {
      const lengths = LANGUAGES.map((language) => texts(found, language).length);
      return new Set(lengths).size !== 1;
    });
    expect(uneven.map((u) => u.path)).toEqual([]);
  });

  it('writes every Arabic text in Arabic script', () => {
    const notArabic = ALL.flatMap((found) =>
      texts(found, 'ar')
        .filter((text) => !ARABIC_LETTER.test(text))
        .map((text) => `${found.path}: ${text}`),
    );
    expect(notArabic).toEqual([]);
  });

  it('writes Turkish with Turkish letters and never in Arabic script', () => {
    const turkish = ALL.flatMap((found) => texts(found, 'tr'));
    expect(turkish.filter((text) => ARABIC_LETTER.test(text))).toEqual([]);
    const withTurkishLetters = turkish.filter((text) => TURKISH_LETTER.test(text));
    expect(withTurkishLetters.length / turkish.length).toBeGreaterThan(0.6);
  });

  it('keeps Arabic script and Turkish-only letters out of the English texts', () => {
    const english = ALL.flatMap((found) => texts(found, 'en'));
    expect(english.filter((t) => ARABIC_LETTER.test(t) || TURKISH_ONLY_LETTER.test(t))).toEqual([]);
  });

  it('uses only known placeholders', () => {
    const unknown = ALL.flatMap((found) =>
      LANGUAGES.flatMap((language) => texts(found, language))
        .flatMap(findPlaceholders)
        .filter((name) => !isPlaceholder(name))
        .map((name) => `${found.path}: {${name}}`),
    );
    expect(unknown).toEqual([]);
  });

  it('uses the same placeholders in every translation of a text', () => {
    const differing = ALL.filter((found) => {
      const sets = LANGUAGES.map((language) =>
        [...new Set(texts(found, language).flatMap(findPlaceholders))].sort().join(','),
      );
      return new Set(sets).size !== 1;
    });
    expect(differing.map((d) => d.path)).toEqual([]);
  });
});

describe('objection cards', () => {
  it.each(OBJECTION_CATEGORIES)('has at least two cards for %s', (category) => {
    expect(DEMO_OBJECTIONS.filter((card) => card.category === category).length).toBeGreaterThan(1);
  });

  it('gives each card two to four responses and a unique id', () => {
    for (const card of DEMO_OBJECTIONS) {
      for (const language of LANGUAGES) {
        const count = card.responses[language]?.length ?? 0;
        expect(count, `${card.id} ${language}`).toBeGreaterThanOrEqual(2);
        expect(count, `${card.id} ${language}`).toBeLessThanOrEqual(4);
      }
    }
    expect(new Set(DEMO_OBJECTIONS.map((c) => c.id)).size).toBe(DEMO_OBJECTIONS.length);
  });
});

describe('call scripts', () => {
  it.each(SCRIPT_ROLES)('has one general ordinary script for the %s', (role) => {
    const general = DEMO_SCRIPTS.filter(
      (s) => s.role === role && !isInboundScript(s) && (s.lists ?? []).length === 0,
    );
    expect(general).toHaveLength(1);
  });

  it('has a hunter script for the fair visitors’ lists, which are lists the demo leads come on', () => {
    const forLists = DEMO_SCRIPTS.filter((s) => (s.lists ?? []).length > 0);
    expect(forLists.map((s) => [s.role, s.lists])).toEqual([['hunter', EXPO_LISTS]]);
    const leads = generateDemoLeads({ now: Date.UTC(2026, 10, 23, 7) });
    const lists = new Set(leads.map((l) => l.listName));
    for (const list of EXPO_LISTS) expect(lists.has(list), list).toBe(true);
  });

  it('has an inbound hunter script for a product of the catalogue', () => {
    const inbound = DEMO_SCRIPTS.filter(isInboundScript);
    expect(inbound.map((s) => [s.role, s.productId])).toEqual([['hunter', RAWAA_PRO_500.id]]);
  });

  it.each(DEMO_SCRIPTS.map((s) => [s.id, s] as const))(
    '%s: every branch leads to a step of the same script',
    (_id, script) => {
      const ids = new Set(script.steps.map((step) => step.id));
      expect(ids.size).toBe(script.steps.length);
      const dangling = script.steps.flatMap((step) =>
        step.branches.filter((b) => !ids.has(b.next)).map((b) => `${step.id} → ${b.next}`),
      );
      expect(dangling).toEqual([]);
    },
  );

  it.each(DEMO_SCRIPTS.map((s) => [s.id, s] as const))(
    '%s: every step is reachable from the first, and the call can end',
    (_id, script) => {
      const byId = new Map(script.steps.map((step) => [step.id, step]));
      const seen = new Set<string>();
      const queue = [script.steps[0]!.id];
      while (queue.length > 0) {
        const id = queue.shift()!;
        if (seen.has(id)) continue;
        seen.add(id);
        queue.push(...(byId.get(id)?.branches.map((b) => b.next) ?? []));
      }
      expect([...byId.keys()].filter((id) => !seen.has(id))).toEqual([]);
      expect(script.steps.some((step) => step.branches.length === 0)).toBe(true);
    },
  );

  it.each(DEMO_SCRIPTS.map((s) => [s.id, s] as const))(
    '%s: walks greeting → interest → offer → objections → close',
    (_id, script) => {
      expect(script.steps[0]!.phase).toBe('greeting');
      for (const phase of SCRIPT_PHASES) {
        expect(script.steps.some((step) => step.phase === phase)).toBe(true);
      }
    },
  );

  it('closes every script with a 15–20-word benefit summary and a concrete deadline', () => {
    for (const script of DEMO_SCRIPTS) {
      const closing = script.steps.filter((s) => s.phase === 'close').flatMap((s) => s.lines.en!);
      const summaries = closing.filter((line) => {
        const words = line.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
        return /^(To sum up|So|In short):/.test(line) && words >= 15 && words <= 21;
      });
      expect(summaries.length, script.id).toBeGreaterThan(0);
      expect(
        closing.some((line) => line.includes('{deadline}')),
        script.id,
      ).toBe(true);
    }
  });

  it('collects contacts and a date when the hunter does not book', () => {
    const step = DEMO_SCRIPTS.find((s) => s.role === 'hunter')!.steps.find(
      (s) => s.id === 'collect-contacts',
    )!;
    expect(step.lines.en!.join(' ')).toMatch(/e-mail/);
    expect(step.lines.en!.join(' ')).toMatch(/call you in a few days/);
  });
});

describe('products and closing techniques', () => {
  it('gives the main product at least seven feature → advantage → benefit rows', () => {
    expect(RAWAA_PRO_500.fab.length).toBeGreaterThanOrEqual(7);
    for (const row of RAWAA_PRO_500.fab) {
      expect(row.benefits.en!.length).toBeGreaterThan(0);
    }
  });

  it('cross-sells only products of the catalogue', () => {
    const ids = new Set(DEMO_PRODUCTS.map((p) => p.id));
    expect(DEMO_PRODUCTS.flatMap((p) => p.crossSell).every((id) => ids.has(id))).toBe(true);
    expect(RAWAA_PRO_500.crossSell.length).toBeGreaterThan(0);
  });

  it('teaches the alternative-choice, incentive and deadline closes (and the others)', () => {
    expect(DEMO_CLOSING_TECHNIQUES.map((t) => t.kind).sort()).toEqual([...CLOSING_KINDS].sort());
  });
});

describe('organisation, teams and users', () => {
  const withRole = (role: string) => DEMO_USERS.filter((u) => u.roles.some((r) => r === role));

  it('has users for every role, and one holding several', () => {
    expect(withRole('hunter').length).toBeGreaterThanOrEqual(3);
    expect(withRole('closer').length).toBeGreaterThanOrEqual(2);
    expect(withRole('farmer').length).toBeGreaterThanOrEqual(2);
    expect(withRole('supervisor').length).toBeGreaterThanOrEqual(1);
    expect(withRole('admin').length).toBeGreaterThanOrEqual(1);
    expect(DEMO_USERS.some((u) => u.roles.length >= 3)).toBe(true);
  });

  it('has two teams, each led by one of its own supervisors', () => {
    expect(DEMO_TEAMS).toHaveLength(2);
    for (const team of DEMO_TEAMS) {
      const supervisor = DEMO_USERS.find((u) => u.id === team.supervisorId);
      expect(supervisor?.roles).toContain('supervisor');
      expect(supervisor?.teamId).toBe(team.id);
    }
    const teamIds = new Set(DEMO_TEAMS.map((t) => t.id));
    expect(DEMO_USERS.every((u) => u.teamId === null || teamIds.has(u.teamId))).toBe(true);
  });

  it('gives users unique ids and e-mails, and names in their own script', () => {
    expect(new Set(DEMO_USERS.map((u) => u.id)).size).toBe(DEMO_USERS.length);
    expect(new Set(DEMO_USERS.map((u) => u.email)).size).toBe(DEMO_USERS.length);
    for (const user of DEMO_USERS.filter((u) => u.locale === 'ar')) {
      expect(user.displayName).toMatch(ARABIC_LETTER);
    }
  });

  it('calls between 09:00 and 20:00 by default', () => {
    expect(DEMO_ORGANISATION.callingWindow).toEqual({ startMinutes: 540, endMinutes: 1200 });
  });
});
