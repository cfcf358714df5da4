// A fresh shared key for ephemeral credentials: 32 base64url characters (192 random bits).
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function generateEphemeralKey(length = 32): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  // 64 divides 256, so the low six bits of a random byte pick every character equally often.
  return Array.from(bytes, (b) => ALPHABET.charAt(b & 63)).join('');
}
