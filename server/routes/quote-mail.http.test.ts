// POST /api/quote/email: a quote PDF goes to the lead's own address as an attachment through a
// real SMTP receiver; never to another address, never for a lead out of the caller's scope, never
// a file that is not a PDF; without SMTP the desk is told to use its mail app (409).
import { mailWorld, type MailWorld } from '../test/mail-world';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../test/databases';
import { Desk, L, protocol, type World } from '../test/sync-fixture';
import { worldPerSuite } from '../test/world-per-suite';

const BUYER = 'buyer@c.example';
const PDF = Buffer.from('%PDF-1.7\n% a quote\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

const mail = (over: Record<string, unknown> = {}) => ({
  leadId: L.own,
  to: BUYER,
  subject: 'Teklif Q-20261203-3F9A2C: Rawaa Pro 500',
  text: 'Merhaba,\n\nTeklifimiz ektedir.',
  fileName: 'Q-20261203-3F9A2C Ayşe Yıldız.pdf',
  pdf: PDF.toString('base64'),
  ...over,
});

async function giveEmail(world: World, leadId: string, email: string) {
  await world.db.query(
    `UPDATE leads SET data = jsonb_set(data, '{email}', to_jsonb($2::text)) WHERE id = $1`,
    [leadId, email],
  );
}

describe.each(DB_KINDS)('quote e-mails through a real SMTP server on %s', (kind) => {
  let mw: MailWorld;
  const received = () => mw.smtp.received;
  let world: World;

  beforeAll(async () => {
    mw = await mailWorld(kind);
    world = mw.world;
    await giveEmail(world, L.own, BUYER);
    await giveEmail(world, L.otherTeam, 'other@c.example');
  });

  afterAll(async () => {
    await mw?.close();
  });

  it('sends the PDF as an attachment to the lead’s address', async () => {
    const agent = await Desk.signIn(world.app, 'agent');
    const res = await agent.request('POST', '/api/quote/email', mail({ to: 'Buyer@C.example ' }));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ sent: true });
    const sent = received().find((m) => m.to.some((to) => to.toLowerCase() === BUYER));
    expect(sent).toBeDefined();
    const raw = sent?.raw ?? '';
    expect(raw).toMatch(/Content-Type: application\/pdf/i);
    expect(raw).toContain(PDF.toString('base64').slice(0, 40));
    expect(raw).toMatch(/Content-Disposition: attachment/i);
    expect(raw).toContain('Q-20261203-3F9A2C');
  });

  it('refuses another address, a lead out of scope, a file that is not a PDF, and nobody', async () => {
    const agent = await Desk.signIn(world.app, 'agent');
    const before = received().length;
    const other = await agent.request('POST', '/api/quote/email', mail({ to: 'boss@x.example' }));
    expect(other.statusCode).toBe(400);
    const outOfScope = await agent.request(
      'POST',
      '/api/quote/email',
      mail({ leadId: L.otherTeam, to: 'other@c.example' }),
    );
    expect(outOfScope.statusCode).toBe(404);
    const notPdf = await agent.request(
      'POST',
      '/api/quote/email',
      mail({ pdf: Buffer.from('<html>').toString('base64') }),
    );
    expect(notPdf.statusCode).toBe(400);
    const nobody = await world.app.inject({
      method: 'POST',
      url: '/api/quote/email',
      headers: protocol,
      payload: mail(),
    });
    expect(nobody.statusCode).toBe(401);
    expect(received().length).toBe(before);
  });
});

describe.each(DB_KINDS)('quote e-mails without SMTP on %s', (kind) => {
  const current = worldPerSuite(kind);

  it('tells the desk to use its own mail app', async () => {
    const world = current();
    await giveEmail(world, L.own, BUYER);
    const agent = await Desk.signIn(world.app, 'agent');
    const res = await agent.request('POST', '/api/quote/email', mail());
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'mailNotConfigured' });
  });
});
