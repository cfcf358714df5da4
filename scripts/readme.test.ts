// The README's demo accounts table names every demo person with their roles and language.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../shared/demo/credentials';
import { DEMO_USERS } from '../shared/demo/organisation';

const readme = readFileSync('README.md', 'utf8');
const ROLE = {
  hunter: 'hunter',
  closer: 'closer',
  farmer: 'farmer',
  supervisor: 'supervisor',
  admin: 'administrator',
} as const;
const LANGUAGE = { ar: 'Arabic', tr: 'Turkish', en: 'English' } as const;

describe('README demo accounts', () => {
  it('lists every demo person with their roles, language and the password', () => {
    expect(readme).toContain(`password \`${DEMO_PASSWORD}\``);
    for (const user of DEMO_USERS) {
      const row = readme.split('\n').find((line) => line.includes(`\`${user.email}\``));
      expect(row, user.email).toBeDefined();
      const cells = row!.split('|').map((c) => c.trim());
      expect(cells[3], user.email).toBe(user.roles.map((r) => ROLE[r]).join(' + '));
      expect(cells[4], user.email).toBe(LANGUAGE[user.locale as keyof typeof LANGUAGE]);
    }
  });
});
