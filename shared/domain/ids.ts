// Branded ids (STYLE.md §3): a LeadId cannot be passed where a UserId is expected. Each brand is
// a zod schema, so a parsed wire row carries its brands and no cast is needed on the way in.
import { z } from 'zod';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Any UUID shape (the database's `uuid` type accepts every version). */
const uuidText = z.string().regex(UUID, 'Invalid UUID');
/** Ids the desk or an import makes up (leads, content): short text. */
const idText = z.string().min(1).max(100);

export const organisationIdSchema = uuidText.brand<'OrganisationId'>();
export const teamIdSchema = uuidText.brand<'TeamId'>();
export const userIdSchema = uuidText.brand<'UserId'>();
export const leadIdSchema = idText.brand<'LeadId'>();
export const activityIdSchema = uuidText.brand<'ActivityId'>();
export const productIdSchema = idText.brand<'ProductId'>();
export const scriptIdSchema = idText.brand<'ScriptId'>();
export const objectionCardIdSchema = idText.brand<'ObjectionCardId'>();
export const closingTechniqueIdSchema = idText.brand<'ClosingTechniqueId'>();
export const messageTemplateIdSchema = idText.brand<'MessageTemplateId'>();

export type OrganisationId = z.infer<typeof organisationIdSchema>;
export type TeamId = z.infer<typeof teamIdSchema>;
export type UserId = z.infer<typeof userIdSchema>;
export type LeadId = z.infer<typeof leadIdSchema>;
export type ActivityId = z.infer<typeof activityIdSchema>;
export type ProductId = z.infer<typeof productIdSchema>;
export type ScriptId = z.infer<typeof scriptIdSchema>;
export type ObjectionCardId = z.infer<typeof objectionCardIdSchema>;
export type ClosingTechniqueId = z.infer<typeof closingTechniqueIdSchema>;
export type MessageTemplateId = z.infer<typeof messageTemplateIdSchema>;

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

/**
 * The same UUIDv7 with its timestamp moved to `at`: the ids of the further rows one action
 * writes (a call, then its stage change a millisecond later) follow from the one id the desk
 * minted, so the desk and the sync server derive the same ids from the same arguments.
 */
export function uuidv7At(id: string, at: number): string {
  if (!UUID.test(id)) throw new Error(`not a UUID: ${id}`);
  let ms = Math.max(0, Math.floor(at));
  const hex: string[] = [];
  for (let i = 0; i < 12; i++) {
    hex.unshift((ms % 16).toString(16));
    ms = Math.floor(ms / 16);
  }
  const t = hex.join('');
  const moved = `${t.slice(0, 8)}-${t.slice(8, 12)}${id.slice(13)}`.toLowerCase();
  if (moved !== id.toLowerCase()) return moved;
  // The id was minted a millisecond after its action's time (the clock ticked between the two),
  // so moving it there changes nothing: flip its last bit, or the further row would overwrite
  // the first one.
  const last = (parseInt(moved.slice(-1), 16) ^ 1).toString(16);
  return `${moved.slice(0, -1)}${last}`;
}

function fillRandom(bytes: Uint8Array): void {
  globalThis.crypto.getRandomValues(bytes);
}
