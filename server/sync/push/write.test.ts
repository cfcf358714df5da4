// The write step stores a lead the batch read as its stored row merged with the fields the
// batch's patches set; that must be the very lead the verbs yielded, whole, in every case: fields
// set, set again later in the batch, set to null, removed, and a row replaced outright.
import { describe, expect, it } from 'vitest';
import { insertLeads } from '../../seed/demo';
import { DB_KINDS } from '../../test/databases';
import { lead, leadRow, ORG, TEAM_A, TEAM_B, U } from '../../test/sync-fixture';
import { worldPerSuite } from '../../test/world-per-suite';
import { leadIdSchema, userIdSchema } from '../../../shared/domain/ids';
import type { Lead } from '../../../shared/domain/lead';
import type { Effects } from '../../../shared/mutations/effects';
import { mergeReads } from '../../../shared/mutations/state';
import { emptyChanges, foldEffects } from './apply';
import { loadState } from './load';
import { writeChanges } from './write';

describe.each(DB_KINDS)('push write on %s', (kind) => {
  const world = worldPerSuite(kind);

  /** Applies `batch` (effects in order) to stored leads; returns what the batch yielded. */
  async function write(ids: string[], batch: Effects[]): Promise<Map<string, Lead>> {
    return world().db.transaction(async (tx) => {
      const reads = mergeReads([{ leads: ids.map((id) => leadIdSchema.parse(id)) }]);
      const loaded = await loadState(tx, ORG, reads);
      const changes = emptyChanges();
      for (const effects of batch) {
        loaded.state.absorb(effects);
        foldEffects(changes, effects);
      }
      await writeChanges(tx, ORG, loaded, changes);
      return new Map(ids.map((id) => [id, loaded.state.lead(leadIdSchema.parse(id))!]));
    });
  }

  /** The lead as the database stores the whole of it (JSON drops undefined fields). */
  const asStored = (l: Lead) => JSON.parse(JSON.stringify(l)) as Lead;

  it('stores the whole lead the verbs yielded, whatever the patches set', async () => {
    const ids = ['lead-write-a', 'lead-write-b', 'lead-write-c'];
    const seeded = ids.map((id) => ({
      ...lead(id, ORG, U.agent, TEAM_A),
      lostReason: 'price' as const,
      custom: { tier: 'gold' },
    }));
    await world().db.transaction((tx) => insertLeads(tx, ORG, seeded));
    const [a, b, c] = ids.map((id) => leadIdSchema.parse(id)) as [
      Lead['id'],
      Lead['id'],
      Lead['id'],
    ];
    const yielded = await write(ids, [
      { leads: [{ id: a, patch: { attempts: 1, touches: 1, nextCallAt: 5, notes: 'one' } }] },
      // The same lead again in the batch, a field set to null, a nested value replaced.
      { leads: [{ id: a, patch: { attempts: 2, lostReason: null, custom: { tier: 'silver' } } }] },
      // A move: owner, team and stage columns follow the lead.
      {
        leads: [
          {
            id: b,
            patch: { ownerId: userIdSchema.parse(U.mate), teamId: null, stage: 'qualified' },
          },
        ],
      },
      // A field removed (undefined), which the stored row would otherwise keep.
      { leads: [{ id: c, patch: { lostReason: undefined, attempts: 7 } }] },
    ]);
    for (const id of ids) {
      const want = asStored(yielded.get(id)!);
      expect(await leadRow(world().db, id)).toEqual(want);
    }
    expect((await leadRow(world().db, c))?.lostReason).toBeUndefined();
    const { rows } = await world().db.query<{
      owner_id: string;
      team_id: string | null;
      stage: string;
    }>('SELECT owner_id, team_id, stage FROM leads WHERE id = $1', [b]);
    expect(rows).toEqual([{ owner_id: U.mate, team_id: null, stage: 'qualified' }]);
  });

  it('replaces a stored lead whole when an effect creates it again', async () => {
    const id = leadIdSchema.parse('lead-write-replaced');
    await world().db.transaction((tx) =>
      insertLeads(tx, ORG, [{ ...lead(id, ORG, U.agent, TEAM_A), notes: 'kept?' }]),
    );
    const created = { ...lead(id, ORG, U.otherAgent, TEAM_B), company: 'New Co' };
    delete (created as Partial<Lead>).lostReason;
    const yielded = await write(
      [id],
      [{ leads: [{ id, create: created, patch: { touches: 3 } }] }],
    );
    expect(await leadRow(world().db, id)).toEqual(asStored(yielded.get(id)!));
    expect(await leadRow(world().db, id)).not.toHaveProperty('lostReason');
  });
});
