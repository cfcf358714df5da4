// Ephemeral SIP credentials, the TURN REST / Kamailio `autheph` scheme: the user name is
// `<expiry unix seconds>:<sip user>` and the password is base64(HMAC-SHA1(shared secret, user
// name)). The PBX checks both with the same secret, so no long-lived SIP password lives on a desk.
import { createHmac } from 'node:crypto';

export type EphemeralCredentials = {
  /** The auth user name to register with: `<expires>:<user>`. */
  username: string;
  password: string;
  /** Epoch ms after which the PBX refuses them. */
  expiresAt: number;
};

/** Four hours: a shift, after which the desk asks the server for fresh ones. */
export const EPHEMERAL_TTL_SEC = 4 * 3600;

export function mintEphemeralCredentials(
  secret: string,
  user: string,
  now: number,
  ttlSec: number = EPHEMERAL_TTL_SEC,
): EphemeralCredentials {
  const expires = Math.floor(now / 1000) + ttlSec;
  const username = `${expires}:${user}`;
  const password = createHmac('sha1', secret).update(username).digest('base64');
  return { username, password, expiresAt: expires * 1000 };
}
