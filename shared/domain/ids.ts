// Branded ids: a LeadId cannot be passed where a UserId is expected (STYLE.md §3).
declare const brand: unique symbol;

export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type OrganisationId = Brand<string, 'OrganisationId'>;
export type TeamId = Brand<string, 'TeamId'>;
export type UserId = Brand<string, 'UserId'>;
export type LeadId = Brand<string, 'LeadId'>;
export type ActivityId = Brand<string, 'ActivityId'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * A UUIDv7 (RFC 9562): 48-bit millisecond timestamp then random bits, so ids minted on
 * different desks sort roughly by creation time and never collide.
 */
export function uuidv7(
  now: number = Date.now(),
  random: (bytes: Uint8Array) => void = fillRandom,
): string {
  const bytes = new Uint8Array(16);
  random(bytes);
  let ms = Math.max(0, Math.floor(now));
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function fillRandom(bytes: Uint8Array): void {
  globalThis.crypto.getRandomValues(bytes);
}
