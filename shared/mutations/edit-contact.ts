// editContact: corrects a lead's name, company, phone, e-mail and timezone, and notes the postal
// address and interests the scripts ask agents to collect. A number that cannot exist is refused,
// not saved; a number on the do-not-call list takes the lead out of every dial queue at once.
import { z } from 'zod';
import { USER_ROLES } from '../domain/content';
import { isValidTimeZone } from '../domain/calling-window';
import { toE164 } from '../domain/dnc';
import { isValidEmail } from '../domain/email';
import { leadIdSchema } from '../domain/ids';
import { tidyInterests } from '../domain/interests';
import { ADDRESS_MAX, INTEREST_MAX, INTERESTS_MAX, type Lead } from '../domain/lead';
import { searchTokens } from '../domain/search-key';
import { countrySchema, leadChange, leadOf } from './lead-change';
import { atSchema, defineVerb, fail, ok } from './verb';

const args = z.object({
  leadId: leadIdSchema,
  name: z.string().max(300),
  company: z.string().max(300),
  /** As typed; normalised to E.164 with `defaultCountry` for numbers without a country code. */
  phone: z.string().max(60),
  email: z.string().max(320),
  timezone: z.string().max(64).nullable(),
  defaultCountry: countrySchema.optional(),
  /** Postal address; absent (an older desk) leaves the stored one as it is. */
  address: z.string().max(ADDRESS_MAX).optional(),
  /** Interests as short tags; absent leaves the stored ones as they are. */
  interests: z.array(z.string().max(INTEREST_MAX)).max(INTERESTS_MAX).optional(),
  at: atSchema,
});

/** The address and interests fields of a patch or a new lead: only those the desk sent. */
export function extraContactFields(a: {
  address?: string | undefined;
  interests?: readonly string[] | undefined;
}): Pick<Lead, 'address' | 'interests'> {
  return {
    ...(a.address !== undefined ? { address: a.address.trim() } : {}),
    ...(a.interests !== undefined ? { interests: tidyInterests(a.interests) } : {}),
  };
}

function phoneOf(a: z.output<typeof args>): string | null {
  return a.phone.trim() ? toE164(a.phone, a.defaultCountry) : null;
}

export const editContact = defineVerb({
  name: 'editContact',
  args,
  roles: USER_ROLES,
  reach: {
    leads: {
      fields: [
        'name',
        'company',
        'phoneE164',
        'doNotCall',
        'email',
        'timezone',
        'address',
        'interests',
        'searchKeys',
        'updatedAt',
      ],
    },
  },
  reads(a) {
    const phone = phoneOf(a);
    return { leads: [a.leadId], dnc: phone ? [phone] : [] };
  },
  apply(state, a) {
    const lead = leadOf(state, a.leadId);
    if (typeof lead === 'string') return fail(lead);
    const name = a.name.trim();
    if (!name) return fail('nameRequired');
    const phone = phoneOf(a);
    if (a.phone.trim() && !phone) return fail('phoneInvalid');
    const email = a.email.trim();
    if (email && !isValidEmail(email)) return fail('emailInvalid');
    if (a.timezone && !isValidTimeZone(a.timezone)) return fail('timezoneInvalid');
    const company = a.company.trim();
    const listed = phone !== null && state.dnc(phone) !== undefined;
    return ok({
      leads: [
        leadChange(lead, {
          name,
          company,
          phoneE164: phone,
          doNotCall: lead.doNotCall || listed,
          email: email || null,
          timezone: a.timezone || null,
          ...extraContactFields(a),
          searchKeys: searchTokens(name, company, email),
          updatedAt: a.at,
        }),
      ],
    });
  },
});
