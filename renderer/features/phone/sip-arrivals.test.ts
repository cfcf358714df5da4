import { WebSocketInterface } from 'jssip';
import { describe, expect, it } from 'vitest';
import { SipArrivals } from './sip-arrivals';

/** JsSIP's own socket, fed a message the way its WebSocket's onmessage would. */
function receive(socket: WebSocketInterface, data: string): void {
  (socket as unknown as { _onMessage(e: { data: string }): void })._onMessage({ data });
}

describe('SipArrivals', () => {
  it('gives events fired while JsSIP handles a message the time the message arrived', () => {
    let clock = 1_000;
    const arrivals = new SipArrivals(() => clock);
    const socket = arrivals.watch(new WebSocketInterface('ws://127.0.0.1:1/sip'));
    const seen: Array<{ data: string; at: number }> = [];
    // What JsSIP's transport does on connect: its handler answers the BYE, closes the peer
    // connection (time passes), then emits 'ended', which reads the time.
    socket.ondata = ((data: string) => {
      clock += 40;
      seen.push({ data, at: arrivals.at() });
    }) as typeof socket.ondata;

    receive(socket, 'BYE');
    expect(seen).toEqual([{ data: 'BYE', at: 1_000 }]);
    // Outside a message (a timer, a local hang-up) it is the clock.
    clock = 2_000;
    expect(arrivals.at()).toBe(2_000);
  });

  it('follows the transport across reconnects, and keeps the clock when a handler throws', () => {
    let clock = 0;
    const arrivals = new SipArrivals(() => clock);
    const socket = arrivals.watch(new WebSocketInterface('ws://127.0.0.1:1/sip'));
    const first: string[] = [];
    const second: number[] = [];
    socket.ondata = ((data: string) => first.push(data)) as typeof socket.ondata;
    receive(socket, 'REGISTER 200');
    // Reconnected: the transport sets a new handler; the old one hears nothing more.
    socket.ondata = (() => {
      clock += 5;
      second.push(arrivals.at());
      throw new Error('parse error');
    }) as typeof socket.ondata;
    clock = 100;
    expect(() => receive(socket, 'garbage')).toThrow('parse error');
    expect(first).toEqual(['REGISTER 200']);
    expect(second).toEqual([100]);
    clock = 300;
    expect(arrivals.at()).toBe(300);
  });
});
