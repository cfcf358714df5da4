// Proves sendMessage logs a WhatsApp, SMS or e-mail message on the lead's history as a touch
// (the count rises), keeps the subject for e-mails only, and refuses what cannot be sent: no
// number or address for the channel, an empty text, a lead that asked not to be contacted, a
// lead outside the sender's scope.
import { describe, expect, it } from 'vitest';
import { sendMessage } from './send-message';
import { outsideReach } from './verb';
import { ACT, NOW, U, activityOn, effectsOf, lead, outcome, run, world } from './testing/world';

describe('sendMessage', () => {
  it('logs a WhatsApp message as a touch', () => {
    const a = lead('a', { touches: 3 });
    const r = run(sendMessage, world({ leads: [a] }), 'faisal', {
      id: ACT,
      leadId: a.id,
      channel: 'whatsapp',
      subject: 'ignored for WhatsApp',
      text: '  مرحبًا أحمد، حاولت الاتصال بك اليوم.\n',
    });
    expect(r).toEqual({
      ok: true,
      result: undefined,
      effects: {
        leads: [{ id: a.id, patch: { touches: 4, updatedAt: NOW } }],
        activities: [
          activityOn('faisal', a, {
            id: ACT,
            type: 'message',
            at: NOW,
            channel: 'whatsapp',
            note: 'مرحبًا أحمد، حاولت الاتصال بك اليوم.',
          }),
        ],
      },
    });
    expect(outsideReach(sendMessage, effectsOf(r).effects, U.faisal)).toBeNull();
  });

  it('keeps an e-mail’s subject with it', () => {
    const a = lead('a', { email: 'ahmed@example.sa', touches: 0 });
    const r = effectsOf(
      run(sendMessage, world({ leads: [a] }), 'faisal', {
        id: ACT,
        leadId: a.id,
        channel: 'email',
        subject: ' Your offer ',
        text: 'Dear Ahmed',
      }),
    );
    expect(r.effects.activities?.[0]).toMatchObject({
      type: 'message',
      channel: 'email',
      subject: 'Your offer',
      note: 'Dear Ahmed',
    });
    expect(r.effects.leads?.[0]?.patch?.touches).toBe(1);
  });

  it('refuses a channel the lead cannot be reached on', () => {
    const noEmail = lead('a', { email: null });
    const noPhone = lead('b', { phoneE164: null, email: 'b@example.com' });
    const state = world({ leads: [noEmail, noPhone] });
    const send = (id: typeof noEmail.id, channel: 'whatsapp' | 'sms' | 'email') =>
      outcome(run(sendMessage, state, 'faisal', { id: ACT, leadId: id, channel, text: 'Hi' }));
    expect(send(noEmail.id, 'email')).toBe('emailInvalid');
    expect(send(noEmail.id, 'sms')).toBe('ok');
    expect(send(noPhone.id, 'whatsapp')).toBe('phoneInvalid');
    expect(send(noPhone.id, 'sms')).toBe('phoneInvalid');
    expect(send(noPhone.id, 'email')).toBe('ok');
  });

  it('refuses an empty text and a lead that asked not to be contacted', () => {
    const a = lead('a');
    const dnc = lead('d', { doNotCall: true });
    const state = world({ leads: [a, dnc] });
    expect(
      outcome(
        run(sendMessage, state, 'faisal', { id: ACT, leadId: a.id, channel: 'sms', text: ' \n' }),
      ),
    ).toBe('noteEmpty');
    expect(
      outcome(
        run(sendMessage, state, 'faisal', { id: ACT, leadId: dnc.id, channel: 'sms', text: 'Hi' }),
      ),
    ).toBe('doNotContact');
  });

  it('follows the scope: a colleague’s lead is out of reach, the team’s supervisor may', () => {
    const mates = lead('m', { ownerId: U.mona });
    const state = world({ leads: [mates] });
    const send = (who: 'faisal' | 'omar' | 'ayse') =>
      outcome(
        run(sendMessage, state, who, { id: ACT, leadId: mates.id, channel: 'sms', text: 'Hi' }),
      );
    expect(send('faisal')).toBe('outOfScope');
    expect(send('ayse')).toBe('outOfScope');
    expect(send('omar')).toBe('ok');
    expect(
      outcome(
        run(sendMessage, state, 'faisal', {
          id: ACT,
          leadId: lead('gone').id,
          channel: 'sms',
          text: 'Hi',
        }),
      ),
    ).toBe('leadNotFound');
  });
});
