/** What JsSIP's transport sets on a socket and the socket calls with each message it receives. */
type DataHandler = (data: string | ArrayBuffer) => void;

/**
 * When the SIP message JsSIP is handling arrived.
 *
 * JsSIP handles a received message in one go, and its events come late in it: on a BYE it sends
 * the 200 OK, closes the peer connection (milliseconds on a busy machine), and only then emits
 * 'ended'. Stamping the event with the clock counts that work as talk time, and puts the call's
 * end after the far end already had the answer to its BYE. An event fired while a message is
 * being handled reads the message's arrival instead; any other (a timer, a local hang-up, an
 * answer after the browser applied the far end's SDP) reads the clock.
 */
export class SipArrivals {
  private handling: number | null = null;

  constructor(private readonly now: () => number = Date.now) {}

  /**
   * Stamps each message `socket` hands to JsSIP before JsSIP sees it. The transport sets the
   * socket's `ondata` on every connect; the stamp wraps whatever it sets.
   */
  watch<S extends object>(socket: S): S {
    let inner: DataHandler = () => undefined;
    const handle: DataHandler = (data) => {
      const outer = this.handling;
      this.handling = this.now();
      try {
        inner(data);
      } finally {
        this.handling = outer;
      }
    };
    Object.defineProperty(socket, 'ondata', {
      configurable: true,
      enumerable: true,
      get: () => handle,
      set: (next: DataHandler) => {
        inner = next;
      },
    });
    return socket;
  }

  /** The arrival of the message being handled, or the clock's time outside one. */
  at(): number {
    return this.handling ?? this.now();
  }
}
