// E-mail addresses: one rule for every place that accepts one (contact edits, imports, people).

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** A plausible address: something@domain.tld, no spaces, at most 320 characters. */
export function isValidEmail(email: string): boolean {
  return email.length <= 320 && EMAIL.test(email);
}
