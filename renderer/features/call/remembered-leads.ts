// The lead each work area had open, remembered for the browser tab (sessionStorage) so a reload
// puts the agent back on the call they were on — if that lead is still theirs.
import type { Lead } from '../../../shared/domain/lead';
import type { User } from '../../../shared/domain/content';
import { isArea, type Area } from '../../store/areas';

export type OpenLeads = Partial<Record<Area, string>>;

const KEY_PREFIX = 'salesdesk.openLeads.';

function keyOf(userId: string): string {
  return `${KEY_PREFIX}${userId}`;
}

/** What was open for this person; anything unreadable counts as nothing. */
export function loadOpenLeads(storage: Pick<Storage, 'getItem'>, userId: string): OpenLeads {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(keyOf(userId)) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null) return {};
    const out: OpenLeads = {};
    for (const [area, id] of Object.entries(parsed)) {
      if (isArea(area) && typeof id === 'string' && id.length > 0 && id.length <= 100)
        out[area] = id;
    }
    return out;
  } catch {
    return {};
  }
}

export function saveOpenLeads(
  storage: Pick<Storage, 'setItem'>,
  userId: string,
  open: Partial<Record<Area, string | null>>,
): void {
  const kept: OpenLeads = {};
  for (const [area, id] of Object.entries(open)) if (id && isArea(area)) kept[area] = id;
  try {
    storage.setItem(keyOf(userId), JSON.stringify(kept));
  } catch {
    // Storage full or disabled: a reload starts from the queue, as before.
  }
}

/**
 * Whether the person may be put back on the lead: theirs, or waiting in their team's queue.
 * A lead reassigned, handed to a closer or gone from the desk is not reopened.
 */
export function isStillTheirs(
  lead: Pick<Lead, 'ownerId' | 'teamId'> | undefined,
  user: Pick<User, 'id' | 'teamId'>,
): boolean {
  if (!lead) return false;
  if (lead.ownerId === user.id) return true;
  return lead.ownerId === null && user.teamId !== null && lead.teamId === user.teamId;
}
