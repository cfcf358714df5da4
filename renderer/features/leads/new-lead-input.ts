// The hand-made lead form → addLead's input, through the importer's own row rules
// (shared/import/normalise.ts): the same trimming, phone numbers in E.164 from the lead's country
// or the organisation's, e-mail check and limits as a file's row, so a lead typed in and a lead
// imported come out alike and meet the same duplicate check.
import type { CountryCode } from 'libphonenumber-js';
import type { LeadId } from '../../../shared/domain/ids';
import type { LeadOrigin } from '../../../shared/domain/lead';
import type { ColumnMapping } from '../../../shared/import/columns';
import { normaliseRow, type RowContact, type RowResult } from '../../../shared/import/normalise';
import { ORIGIN_LISTS } from '../../../shared/mutations/add-lead';
import { splitInterests } from '../../../shared/domain/interests';

export type NewLeadForm = {
  name: string;
  company: string;
  phone: string;
  /** Further numbers, separated as in an imported cell (comma, slash, semicolon). */
  otherPhones: string;
  email: string;
  /** ISO code or a country's name; empty: from the number, else the organisation's country. */
  country: string;
  origin: LeadOrigin;
  source: string;
  address: string;
  /** Interests separated by commas (Latin or Arabic) or line breaks. */
  interests: string;
  notes: string;
};

export const EMPTY_NEW_LEAD: NewLeadForm = {
  name: '',
  company: '',
  phone: '',
  otherPhones: '',
  email: '',
  country: '',
  origin: 'inbound',
  source: '',
  address: '',
  interests: '',
  notes: '',
};

const MAPPING: ColumnMapping = [
  { kind: 'name' },
  { kind: 'company' },
  { kind: 'phone' },
  { kind: 'phone' },
  { kind: 'email' },
  { kind: 'country' },
  { kind: 'source' },
  { kind: 'notes' },
];

/** The form as an imported row would be read: the contact, or why it cannot be a lead. */
export function contactFromForm(form: NewLeadForm, defaultCountry: CountryCode | null): RowResult {
  return normaliseRow(
    [
      form.name,
      form.company,
      form.phone,
      form.otherPhones,
      form.email,
      form.country,
      form.source,
      form.notes,
    ],
    MAPPING,
    defaultCountry,
  );
}

/** Interests typed in one field: split at commas (, ، ;) and line breaks, each once. */
export const parseInterests = splitInterests;

/**
 * addLead's input for a lead added by hand: on the list of how they came, with its origin — an
 * inbound caller's call screen opens with the inbound script (shared/domain/script-choice.ts).
 */
export function newLeadInput(id: LeadId, contact: RowContact, form: NewLeadForm) {
  const address = form.address.trim();
  const interests = parseInterests(form.interests);
  return {
    id,
    contact,
    listName: ORIGIN_LISTS[form.origin],
    origin: form.origin,
    ...(address ? { address } : {}),
    ...(interests.length ? { interests } : {}),
  };
}
