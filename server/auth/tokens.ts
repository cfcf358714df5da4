// Access tokens (HMAC-SHA256 signed, short-lived) and refresh tokens (random, stored hashed).
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import type { Queryable } from '../db/db';

export const ACCESS_TOKEN_TTL_MS = 15 * 60_000;
export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 3_600_000;

export type AccessClaims = { sid: string; uid: string; exp: number };

const b64 = (buf: Buffer) => buf.toString('base64url');

export function signAccessToken(secret: Buffer, claims: AccessClaims): string {
  const body = b64(Buffer.from(JSON.stringify(claims)));
  const mac = b64(createHmac('sha256', secret).update(body).digest());
  return `${body}.${mac}`;
}

export type TokenCheck =
  { ok: true; claims: AccessClaims } | { ok: false; reason: 'invalid' | 'expired' };

export function verifyAccessToken(secret: Buffer, token: string, now: number): TokenCheck {
  const dot = token.indexOf('.');
  if (dot < 1 || token.length > 1000) return { ok: false, reason: 'invalid' };
  const body = token.slice(0, dot);
  const mac = Buffer.from(token.slice(dot + 1), 'base64url');
  const expected = createHmac('sha256', secret).update(body).digest();
  if (mac.length !== expected.length || !timingSafeEqual(mac, expected)) {
    return { ok: false, reason: 'invalid' };
  }
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  const c = claims as Partial<AccessClaims>;
  if (typeof c.sid !== 'string' || typeof c.uid !== 'string' || typeof c.exp !== 'number') {
    return { ok: false, reason: 'invalid' };
  }
  if (c.exp <= now) return { ok: false, reason: 'expired' };
  return { ok: true, claims: { sid: c.sid, uid: c.uid, exp: c.exp } };
}

export function newRefreshToken(): string {
  return b64(randomBytes(32));
}

/** What the database keeps of a refresh token: a leaked table does not sign anyone in. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

// A refresh token's successor, kept for the refresh grace window: AES-256-GCM under a key derived
// from the token key, so a copy of the table alone gives nobody a token.
const sealKey = (secret: Buffer) =>
  createHmac('sha256', secret).update('salesdesk refresh successor v1').digest();

export function sealToken(secret: Buffer, token: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealKey(secret), iv);
  const body = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return b64(Buffer.concat([iv, cipher.getAuthTag(), body]));
}

/** The sealed token, or null when it was not sealed with this key (or was tampered with). */
export function unsealToken(secret: Buffer, sealed: string): string | null {
  const raw = Buffer.from(sealed, 'base64url');
  if (raw.length < 29) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', sealKey(secret), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

/**
 * The token key: SALESDESK_TOKEN_SECRET when set (≥ 32 characters), else one generated on first
 * start and kept in the database, so every server instance on it shares the same key.
 */
export async function loadTokenSecret(db: Queryable, fromEnv: string | undefined): Promise<Buffer> {
  if (fromEnv && fromEnv.trim()) {
    if (fromEnv.trim().length < 32)
      throw new Error('SALESDESK_TOKEN_SECRET must be at least 32 characters.');
    return Buffer.from(fromEnv.trim(), 'utf8');
  }
  await db.query(
    "INSERT INTO server_settings (key, value) VALUES ('token_secret', $1) ON CONFLICT (key) DO NOTHING",
    [b64(randomBytes(48))],
  );
  const { rows } = await db.query<{ value: string }>(
    "SELECT value FROM server_settings WHERE key = 'token_secret'",
  );
  const value = rows[0]?.value;
  if (!value) throw new Error('The token key could not be stored.');
  return Buffer.from(value, 'base64url');
}
