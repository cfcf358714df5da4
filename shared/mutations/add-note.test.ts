// Proves addNote appends the note to the lead and its history (oldest text dropped past the limit), for anyone whose scope holds the lead.
import { describe, expect, it } from 'vitest';
import { addNote } from './add-note';
import { NOTES_MAX } from './lead-change';
import { outsideReach } from './verb';
import { ACT, NOW, U, activityOn, effectsOf, lead, outcome, run, world } from './testing/world';

describe('addNote', () => {
  it('appends the trimmed note to the lead and logs it', () => {
    const a = lead('a', { notes: 'Met at the fair' });
    const r = run(addNote, world({ leads: [a] }), 'faisal', {
      id: ACT,
      leadId: a.id,
      text: '  Prefers WhatsApp ',
    });
    expect(r).toEqual({
      ok: true,
      result: undefined,
      effects: {
        leads: [
          { id: a.id, patch: { notes: 'Met at the fair\nPrefers WhatsApp', updatedAt: NOW } },
        ],
        activities: [
          activityOn('faisal', a, { id: ACT, type: 'note', at: NOW, note: 'Prefers WhatsApp' }),
        ],
      },
    });
    expect(outsideReach(addNote, effectsOf(r).effects, U.faisal)).toBeNull();
  });

  it('keeps the newest text when the notes would grow past their limit', () => {
    const a = lead('a', { notes: 'x'.repeat(NOTES_MAX) });
    const notes = effectsOf(
      run(addNote, world({ leads: [a] }), 'faisal', { id: ACT, leadId: a.id, text: 'hello' }),
    ).effects.leads?.[0]?.patch?.notes;
    expect(notes).toHaveLength(NOTES_MAX);
    expect(notes?.endsWith('x\nhello')).toBe(true);
  });

  it('refuses an empty note', () => {
    const a = lead('a');
    expect(
      outcome(
        run(addNote, world({ leads: [a] }), 'faisal', { id: ACT, leadId: a.id, text: ' \n ' }),
      ),
    ).toBe('noteEmpty');
  });

  it('follows the scope: the team’s supervisor and the administrator may, others may not', () => {
    const mates = lead('m', { ownerId: U.mona });
    const state = world({ leads: [mates] });
    const note = (who: 'faisal' | 'omar' | 'ayse' | 'sarah') =>
      outcome(run(addNote, state, who, { id: ACT, leadId: mates.id, text: 'Seen' }));
    expect(note('omar')).toBe('ok');
    expect(note('sarah')).toBe('ok');
    expect(note('faisal')).toBe('outOfScope');
    expect(note('ayse')).toBe('outOfScope');
    expect(
      outcome(run(addNote, state, 'faisal', { id: ACT, leadId: lead('gone').id, text: 'Seen' })),
    ).toBe('leadNotFound');
    // Any role may write notes; a person with none may not.
    const nobody = { id: U.faisal, organisationId: mates.organisationId, roles: [], teamId: null };
    expect(outcome(run(addNote, state, nobody, { id: ACT, leadId: mates.id, text: 'x' }))).toBe(
      'forbidden',
    );
  });
});
