import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HUNTER_SCRIPT } from '../demo/scripts';
import {
  PLACEHOLDERS,
  contentRowSchema,
  fillPlaceholders,
  findPlaceholders,
  isPlaceholder,
  type CallScript,
} from './content';
import { normaliseContentRow } from './editing';

describe('fillPlaceholders', () => {
  it('fills every known placeholder, in any script', () => {
    expect(
      fillPlaceholders('صباح الخير، {lead.name}. معك {agent.name} من {org.name}.', {
        'lead.name': 'فاطمة الزهراني',
        'agent.name': 'فيصل',
        'org.name': 'رواء',
      }),
    ).toBe('صباح الخير، فاطمة الزهراني. معك فيصل من رواء.');
  });

  it('fills the same placeholder everywhere it appears', () => {
    expect(fillPlaceholders('{deadline}? Yes, {deadline}.', { deadline: '30 June' })).toBe(
      '30 June? Yes, 30 June.',
    );
  });

  it('marks an unknown placeholder instead of dropping it', () => {
    expect(fillPlaceholders('Hello {lead.nickname}', { 'lead.name': 'Ahmet' })).toBe(
      'Hello ⟦lead.nickname⟧',
    );
  });

  it('marks a known placeholder that has no value or an empty one', () => {
    expect(fillPlaceholders('{lead.company} / {benefit}', { benefit: '  ' })).toBe(
      '⟦lead.company⟧ / ⟦benefit⟧',
    );
  });

  it('does not re-read placeholders that appear inside a value', () => {
    expect(fillPlaceholders('{lead.name}', { 'lead.name': '{agent.name}' })).toBe('{agent.name}');
  });

  it('leaves text without placeholders, and braces that are not placeholders, alone', () => {
    expect(fillPlaceholders('Price: { 189 } / {}', {})).toBe('Price: { 189 } / {}');
  });

  it('never leaves a known placeholder that has a value in the output', () => {
    const known = fc.constantFrom(...PLACEHOLDERS);
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string(),
            known.map((p) => `{${p}}`),
          ),
        ),
        fc.stringMatching(/^[0-9]+$/),
        (parts, value) => {
          const values = Object.fromEntries(PLACEHOLDERS.map((p) => [p, value]));
          const filled = fillPlaceholders(parts.join(''), values);
          return PLACEHOLDERS.every((p) => !filled.includes(`{${p}}`));
        },
      ),
    );
  });
});

describe('findPlaceholders', () => {
  it('lists placeholder names once, in order', () => {
    expect(findPlaceholders('{lead.name}, {agent.name} … {lead.name} {x}')).toEqual([
      'lead.name',
      'agent.name',
      'x',
    ]);
  });

  it('tells known placeholders from unknown ones', () => {
    expect(isPlaceholder('product.price')).toBe(true);
    expect(isPlaceholder('product.colour')).toBe(false);
  });
});

describe('call script rows', () => {
  // A script stored before scripts could be for inbound callers: no `inbound` field.
  const { inbound: _none, ...saved } = HUNTER_SCRIPT;
  const stored = JSON.parse(JSON.stringify({ id: saved.id, kind: 'script', data: saved }));

  it('reads a script without the inbound field unchanged, and keeps it without', () => {
    expect('inbound' in saved).toBe(false);
    const row = contentRowSchema.parse(stored);
    expect(row).toEqual(stored);
    expect('inbound' in row.data).toBe(false);
    expect(JSON.parse(JSON.stringify(normaliseContentRow(row)))).toEqual(stored);
  });

  it('keeps a script for inbound callers marked as one through parsing and tidying', () => {
    const inbound: CallScript = { ...saved, inbound: true };
    const row = contentRowSchema.parse({ id: inbound.id, kind: 'script', data: inbound });
    expect(row.kind === 'script' && row.data.inbound).toBe(true);
    const tidy = normaliseContentRow(row);
    expect(tidy.kind === 'script' && tidy.data.inbound).toBe(true);
  });

  it('refuses an inbound flag that is not a boolean', () => {
    const bad = { ...stored, data: { ...stored.data, inbound: 'yes' } };
    expect(contentRowSchema.safeParse(bad).success).toBe(false);
  });
});
