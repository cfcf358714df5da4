// The categories objection cards are filed under (content.ts) — also why a lead refused, on the
// refusal's call and on the lead for the re-call (follow-up lists). A module of its own so the
// lead schema can use it without importing the content schemas.
export const OBJECTION_CATEGORIES = [
  'price',
  'trust',
  'competitor',
  'noNeed',
  'noUrgency',
  'noAuthority',
  'sendInfo',
  'callLater',
] as const;
export type ObjectionCategory = (typeof OBJECTION_CATEGORIES)[number];

export function isObjectionCategory(value: string): value is ObjectionCategory {
  return (OBJECTION_CATEGORIES as readonly string[]).includes(value);
}
