// An inbound call that ended on no lead — missed, or answered without the agent writing the
// caller down — still belongs somewhere: on the caller's lead when the number is known, else on
// a new lead named by its number on the list of the advert they called (or "Inbound calls"), so
// it is called back from the agent's own queue. A withheld number has nothing to call back.
import type { Product } from '../../../shared/domain/content';
import { countryForTimezone, toE164 } from '../../../shared/domain/dnc';
import type { LeadId } from '../../../shared/domain/ids';
import { resolveLocalized } from '../../../shared/domain/localized-content';
import type { DeskPhone } from '../../../shared/domain/telephony';
import { addLead, INBOUND_LIST } from '../../../shared/mutations/add-lead';
import { searchLeads } from '../../db/leads-repo';
import { run, type Desk } from '../../db/run';
import { productOfDid, trackingNumberOf } from './did';

/** The list a caller of an advert's number lands on: the advert's product, in the organisation's language. */
export function inboundListName(
  products: readonly Product[],
  productId: string | null,
  orgDefault: Desk['organisation']['defaultLanguage'],
): string {
  const product = productId ? products.find((p) => p.id === productId) : undefined;
  const name = product ? resolveLocalized(product.name, orgDefault, orgDefault)?.value : null;
  return name?.trim() || INBOUND_LIST;
}

/** addLead's input for a caller: their number, on the list of the advert they called. */
export function callerLeadInput(
  id: LeadId,
  caller: { name: string; company: string; e164: string | null },
  listName: string,
  trackingNumber: string | null = null,
) {
  return {
    id,
    contact: {
      name: caller.name,
      company: caller.company,
      phones: caller.e164 ? [caller.e164] : [],
      email: null,
      country: null,
      timezone: null,
      // The advert's product tells where the lead came from; the catch-all list tells nothing.
      source: listName === INBOUND_LIST ? null : listName,
      notes: '',
      custom: {},
    },
    listName,
    // The advert's number the caller dialled: the sources analysis groups the lead's funnel by it.
    ...(trackingNumber ? { trackingNumber } : {}),
  };
}

export type CallerLead =
  | { kind: 'known'; leadId: LeadId }
  | { kind: 'added'; leadId: LeadId }
  | { kind: 'none'; reason: 'noNumber' | 'refused'; code?: string };

export async function leadForCaller(
  desk: Desk,
  call: { number: string; did: string | null },
  dids: DeskPhone['dids'],
): Promise<CallerLead> {
  const country = countryForTimezone(desk.organisation.timezone);
  const [known] = await searchLeads(desk.db, call.number, 1, undefined, {
    defaultCountry: country,
  });
  if (known) return { kind: 'known', leadId: known.id };
  const e164 = toE164(call.number, country);
  if (!e164) return { kind: 'none', reason: 'noNumber' };
  const products = (await desk.db.content.where('kind').equals('product').toArray()).map(
    (r) => r.data as Product,
  );
  const id = crypto.randomUUID() as LeadId;
  const listName = inboundListName(
    products,
    productOfDid(dids, call.did),
    desk.organisation.defaultLanguage,
  );
  const r = await run(
    desk,
    addLead,
    callerLeadInput(
      id,
      { name: e164, company: '', e164 },
      listName,
      trackingNumberOf(dids, call.did, country),
    ),
  );
  return r.ok
    ? { kind: 'added', leadId: id }
    : { kind: 'none', reason: 'refused', code: r.error.code };
}
