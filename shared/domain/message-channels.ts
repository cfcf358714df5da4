// The channels an agent writes to a lead by between calls (a touch of the chain, DOMAIN.md). A
// module of its own: the lead's activities and the message templates (content.ts) both use it.

export const MESSAGE_CHANNELS = ['whatsapp', 'sms', 'email'] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];
