import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_USERS, DEMO_USER_IDS } from '../../shared/demo/organisation';
import { HOME_4_ID, RAWAA_HOME_4 } from '../../shared/demo/products';
import { HUNTER_SCRIPT } from '../../shared/demo/scripts';
import type { CallScript, ScriptId } from '../../shared/domain/content';
import { productUsers } from '../../shared/domain/editing';
import { mutationSchema } from '../../shared/sync/protocol';
import { removeContent, saveContent, type EditorContext } from './content-repo';
import { loadDemo } from './demo-loader';
import { createDeskDatabase, type DeskDatabase } from './schema';
import type { ContentRow } from '../../shared/domain/content';

const NOW = Date.UTC(2026, 10, 23, 9);
const user = (id: string) => DEMO_USERS.find((u) => u.id === id)!;
let db: DeskDatabase;
let ctx: EditorContext;

beforeEach(async () => {
  db = createDeskDatabase(`content-${Math.random()}`);
  await loadDemo(db, NOW);
  ctx = { db, actor: user(DEMO_USER_IDS.omar), now: () => NOW };
});
afterEach(async () => db.delete());

const scriptRow = (data: CallScript): ContentRow => ({ id: data.id, kind: 'script', data });

/** The outbox entries as the sync server will read them: each one must parse. */
async function pushed() {
  return (await db.outbox.toArray()).map((e) => mutationSchema.parse({ ...e }));
}

describe('saving content', () => {
  it('changes a script line and writes its outbox entry in the same go', async () => {
    const first = HUNTER_SCRIPT.steps[0]!;
    const edited: CallScript = {
      ...HUNTER_SCRIPT,
      steps: [
        {
          ...first,
          lines: {
            ...first.lines,
            tr: ['  Merhaba {lead.name}, {product.name} için arıyorum.  ', ''],
          },
        },
        ...HUNTER_SCRIPT.steps.slice(1),
      ],
    };
    const r = await saveContent(ctx, scriptRow(edited), { isNew: false });
    expect(r.ok).toBe(true);
    const stored = (await db.content.get(HUNTER_SCRIPT.id))!.data as CallScript;
    // Trimmed and without the blank line.
    expect(stored.steps[0]!.lines.tr).toEqual([
      'Merhaba {lead.name}, {product.name} için arıyorum.',
    ]);
    expect(stored.steps[0]!.lines.en).toEqual(first.lines.en);
    const [entry] = await pushed();
    // The arguments are the row as the editor gave it; the effects carry it tidied.
    expect(entry).toMatchObject({
      name: 'putContent',
      args: { row: { kind: 'script', id: HUNTER_SCRIPT.id }, isNew: false, at: NOW },
    });
    const put = entry!.effects.content?.put?.[0];
    expect(put).toMatchObject({ id: HUNTER_SCRIPT.id, kind: 'script' });
    expect((put!.data as CallScript).steps[0]!.lines.tr).toEqual(stored.steps[0]!.lines.tr);
  });

  it('refuses a script with a branch to a missing step or an unknown placeholder, writing nothing', async () => {
    const first = HUNTER_SCRIPT.steps[0]!;
    const broken: CallScript = {
      ...HUNTER_SCRIPT,
      steps: [
        {
          ...first,
          branches: [{ label: { en: 'x' }, next: 'nowhere' }],
          lines: { en: ['Hi {lead.nmae}'] },
        },
        ...HUNTER_SCRIPT.steps.slice(1),
      ],
    };
    const r = await saveContent(ctx, scriptRow(broken), { isNew: false });
    expect(r).toMatchObject({ ok: false, error: 'invalid' });
    expect(!r.ok && r.issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(['branchTargetMissing', 'unknownPlaceholder']),
    );
    expect(await db.outbox.count()).toBe(0);
    expect(((await db.content.get(HUNTER_SCRIPT.id))!.data as CallScript).steps[0]).toEqual(first);
  });

  it('never lets a new item overwrite an existing id, and refuses agents', async () => {
    expect(await saveContent(ctx, scriptRow(HUNTER_SCRIPT), { isNew: true })).toMatchObject({
      ok: false,
      error: 'idTaken',
    });
    const agent = { ...ctx, actor: user(DEMO_USER_IDS.faisal) };
    expect(await saveContent(agent, scriptRow(HUNTER_SCRIPT), { isNew: false })).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
    const copy = { ...HUNTER_SCRIPT, id: 'hunter-cold-call-copy' as ScriptId };
    expect((await saveContent(ctx, scriptRow(copy), { isNew: true })).ok).toBe(true);
    expect(await db.outbox.count()).toBe(1);
  });

  it('saves a product with a new FAB row and keeps the fewer-than-seven warning a warning', async () => {
    const row = RAWAA_HOME_4.fab[0]!;
    const product = {
      ...RAWAA_HOME_4,
      fab: [...RAWAA_HOME_4.fab, { ...row, id: 'new-row', feature: { en: 'Quiet: 40 dB' } }],
    };
    const r = await saveContent(
      ctx,
      { id: HOME_4_ID, kind: 'product', data: product },
      { isNew: false },
    );
    expect(r.ok).toBe(true);
    const [entry] = await pushed();
    expect(entry!.effects.content?.put?.[0]?.data).toMatchObject({ id: HOME_4_ID });
    expect(((await db.content.get(HOME_4_ID))!.data as typeof product).fab).toHaveLength(5);
  });
});

describe('deleting content', () => {
  it('removes a card with an outbox entry', async () => {
    const card = (await db.content.where('kind').equals('objection').first())!;
    expect((await removeContent(ctx, card.id)).ok).toBe(true);
    expect(await db.content.get(card.id)).toBeUndefined();
    const [entry] = await pushed();
    expect(entry).toMatchObject({
      name: 'removeContent',
      effects: { content: { remove: [card.id] } },
    });
  });

  it('keeps a product that a script sells or another product cross-sells', async () => {
    const users = productUsers(await db.content.toArray(), HOME_4_ID);
    expect(users.map((r) => r.id)).toContain('rawaa-pro-500');
    expect(await removeContent(ctx, HOME_4_ID)).toMatchObject({ ok: false, error: 'productInUse' });
    expect(await db.content.get(HOME_4_ID)).toBeDefined();
    expect(await db.outbox.count()).toBe(0);
  });
});
