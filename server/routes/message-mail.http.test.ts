// The message dialog's e-mail from the server: GET tells the desk whether SMTP is set; POST sends
// the text to the lead's own address through a real SMTP receiver, with the agent as Reply-To;
// never for a lead out of the caller's scope, one without an address or one that asked not to
// be contacted; without SMTP the desk is told to open its mail app (409).
import { mailWorld, type MailWorld } from '../test/mail-world';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../test/databases';
import { Desk, EMAIL, L, protocol, type World } from '../test/sync-fixture';
import { worldPerSuite } from '../test/world-per-suite';

const BUYER = 'buyer@c.example';
const mail = (over: Record<string, unknown> = {}) => ({
  leadId: L.own,
  subject: 'Rawaa Pro: the information you asked for',
  text: 'مرحبًا أحمد،\n\nكما وعدتك، هذه المعلومات.',
  ...over,
});

async function setLead(world: World, leadId: string, patch: Record<string, unknown>) {
  await world.db.query(`UPDATE leads SET data = data || $2::jsonb WHERE id = $1`, [
    leadId,
    JSON.stringify(patch),
  ]);
}

describe.each(DB_KINDS)('e-mails to a lead through a real SMTP server on %s', (kind) => {
  let mw: MailWorld;
  const received = () => mw.smtp.received;
  let world: World;

  beforeAll(async () => {
    mw = await mailWorld(kind);
    world = mw.world;
    await setLead(world, L.own, { email: BUYER });
    await setLead(world, L.otherTeam, { email: 'other@c.example' });
  });

  afterAll(async () => {
    await mw?.close();
  });

  it('says SMTP is there, and sends the text to the lead’s address with the agent as Reply-To', async () => {
    const agent = await Desk.signIn(world.app, 'agent');
    const status = await agent.request('GET', '/api/messages/email');
    expect(status.json()).toEqual({ smtp: true });
    const res = await agent.request('POST', '/api/messages/email', mail());
    expect(res.statusCode, res.body).toBe(200);
    const sent = received().find((m) => m.to.includes(BUYER));
    expect(sent).toBeDefined();
    const raw = sent?.raw ?? '';
    expect(raw).toMatch(new RegExp(`^Reply-To: ${EMAIL.agent.replace('.', '\\.')}`, 'im'));
    expect(raw).toMatch(/^Subject: Rawaa Pro: the information you asked for/m);
    // The Arabic text goes base64 or quoted-printable: decode the body part to read it.
    const body = raw
      .split(/\r?\n\r?\n/)
      .slice(1)
      .join('\n');
    const decoded = /base64/i.test(raw)
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : body;
    expect(decoded).toContain('كما وعدتك');
  });

  it('refuses a lead out of scope, one without an address, one that asked not to be contacted, and nobody', async () => {
    const agent = await Desk.signIn(world.app, 'agent');
    const before = received().length;
    const outOfScope = await agent.request(
      'POST',
      '/api/messages/email',
      mail({ leadId: L.otherTeam }),
    );
    expect(outOfScope.statusCode).toBe(404);
    await setLead(world, L.queue, { email: null });
    const noEmail = await agent.request('POST', '/api/messages/email', mail({ leadId: L.queue }));
    expect(noEmail.json()).toMatchObject({ error: 'noEmail' });
    await setLead(world, L.own, { doNotCall: true });
    const dnc = await agent.request('POST', '/api/messages/email', mail());
    expect(dnc.json()).toMatchObject({ error: 'doNotContact' });
    await setLead(world, L.own, { doNotCall: false });
    const smuggled = await agent.request(
      'POST',
      '/api/messages/email',
      mail({ to: 'boss@x.example' }),
    );
    expect(smuggled.statusCode).toBe(400);
    const nobody = await world.app.inject({
      method: 'POST',
      url: '/api/messages/email',
      headers: protocol,
      payload: mail(),
    });
    expect(nobody.statusCode).toBe(401);
    expect(received().length).toBe(before);
  });
});

describe.each(DB_KINDS)('e-mails to a lead without SMTP on %s', (kind) => {
  const current = worldPerSuite(kind);

  it('tells the desk to use its own mail app', async () => {
    const world = current();
    await setLead(world, L.own, { email: BUYER });
    const agent = await Desk.signIn(world.app, 'agent');
    expect((await agent.request('GET', '/api/messages/email')).json()).toEqual({ smtp: false });
    const res = await agent.request('POST', '/api/messages/email', mail());
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'mailNotConfigured' });
  });
});
