// "Who can be called now": of the leads due in some dial queues, how many the calling rules let
// the desk call now and how many they hold back, and why (weekend, holiday, special period,
// outside hours). Read through the zone index [queueOwner+queueZone+queueKey]: a skip scan lists
// each queue's zones, every lead of a zone shares its local time, so a zone whose leads all get
// the same verdict is counted from the index (no lead read) and only a zone whose leads differ by
// country (a country override) has its due leads read.
import {
  DEFAULT_CALLING_WINDOW,
  closedWhy,
  nextWindowStart,
  type CallingPolicy,
  type ClosedReason,
  type ClosedWhy,
} from '../../shared/domain/calling-window';
import type { CallingPolicyOf } from '../../shared/domain/calling-rules';
import {
  DIAL_QUEUE_INDEX,
  DIAL_QUEUE_ZONE_INDEX,
  queueRanges,
} from '../../shared/domain/dial-queue';
import { leadTimezone } from '../../shared/domain/phone-timezone';
import { hasZoneIndex, queueZones } from './leads-repo';
import type { DeskDatabase, StoredLead } from './schema';

export type HeldLead = { lead: StoredLead; why: ClosedWhy; next: number };

export type CallableNow = {
  /** Due leads the rules let the desk call now. */
  callable: number;
  /** Due leads held back, by reason. */
  held: Record<ClosedReason, number>;
  /** A few of each (in queue order): the callable ones and the held ones with why and when. */
  callableLeads: StoredLead[];
  heldLeads: HeldLead[];
  /** When the first of the held leads may be called (null when none is held or none ever opens). */
  firstOpening: number | null;
};

export type PreviewScope = {
  owners: readonly string[];
  organisationTimezone: string;
  calling?: CallingPolicy | CallingPolicyOf;
};

const emptyHeld = (): Record<ClosedReason, number> => ({
  weekend: 0,
  holiday: 0,
  period: 0,
  outsideHours: 0,
});

/** Whose verdict a zone gets: one for all its leads, or null when leads differ by country. */
function zoneVerdict(
  timeZone: string,
  now: number,
  calling: CallingPolicy | CallingPolicyOf,
): ClosedWhy | null | 'mixed' {
  const policies = typeof calling === 'function' ? calling.all : [calling];
  const verdicts = policies.map((p) => closedWhy(timeZone, now, p));
  const key = (v: ClosedWhy | null) => (v ? `${v.reason}|${v.name ?? ''}` : '');
  return verdicts.every((v) => key(v) === key(verdicts[0] ?? null))
    ? (verdicts[0] ?? null)
    : 'mixed';
}

function policyOf(calling: CallingPolicy | CallingPolicyOf, lead: StoredLead): CallingPolicy {
  return typeof calling === 'function' ? calling(lead.country) : calling;
}

/** Counts and a short list of the due leads in `scope.owners`' queues, callable now or not. */
export async function callableNow(
  db: DeskDatabase,
  scope: PreviewScope,
  now: number,
  listSize = 8,
): Promise<CallableNow> {
  const calling = scope.calling ?? DEFAULT_CALLING_WINDOW;
  const out: CallableNow = {
    callable: 0,
    held: emptyHeld(),
    callableLeads: [],
    heldLeads: [],
    firstOpening: null,
  };
  const opens = (at: number) => {
    if (Number.isFinite(at) && (out.firstOpening === null || at < out.firstOpening))
      out.firstOpening = at;
  };
  const zoneOf = (l: StoredLead) => leadTimezone(l, scope.organisationTimezone);
  const add = (lead: StoredLead, why: ClosedWhy | null, count = 1) => {
    if (why === null) {
      out.callable += count;
      if (out.callableLeads.length < listSize) out.callableLeads.push(lead);
    } else {
      out.held[why.reason] += count;
      if (out.heldLeads.length < listSize)
        out.heldLeads.push({
          lead,
          why,
          next: nextWindowStart(zoneOf(lead), now, policyOf(calling, lead)),
        });
    }
  };
  const classify = (lead: StoredLead) => {
    const policy = policyOf(calling, lead);
    const why = closedWhy(zoneOf(lead), now, policy);
    if (why) opens(nextWindowStart(zoneOf(lead), now, policy));
    add(lead, why);
  };

  await db.transaction('r', db.leads, async () => {
    for (const owner of scope.owners) {
      if (!hasZoneIndex(db)) {
        // An old database without the zone index: read the due leads in key order.
        for (const [lo, hi] of queueRanges(now))
          (
            await db.leads
              .where(DIAL_QUEUE_INDEX)
              .between([owner, lo], [owner, hi], true, true)
              .toArray()
          ).forEach(classify);
        continue;
      }
      for (const zone of await queueZones(db, owner)) {
        const timeZone = zone || scope.organisationTimezone;
        const verdict = zoneVerdict(timeZone, now, calling);
        for (const [lo, hi] of queueRanges(now)) {
          const range = db.leads
            .where(DIAL_QUEUE_ZONE_INDEX)
            .between([owner, zone, lo], [owner, zone, hi], true, true);
          if (verdict === 'mixed') {
            (await range.toArray()).forEach(classify);
            continue;
          }
          const count = await range.count();
          if (count === 0) continue;
          // Every lead of the zone has the same policy verdict; under one policy, one opening.
          if (verdict !== null)
            for (const p of typeof calling === 'function' ? calling.all : [calling])
              opens(nextWindowStart(timeZone, now, p));
          // The list needs a few leads of this zone; the rest are counted from the index.
          const room =
            verdict === null
              ? listSize - out.callableLeads.length
              : listSize - out.heldLeads.length;
          const shown = room > 0 ? await range.clone().limit(room).toArray() : [];
          for (const lead of shown) add(lead, verdict);
          if (count > shown.length) {
            if (verdict === null) out.callable += count - shown.length;
            else out.held[verdict.reason] += count - shown.length;
          }
        }
      }
    }
  });
  return out;
}
