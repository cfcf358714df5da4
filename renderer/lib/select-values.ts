// What a multiple-choice MUI select reports: an array of the chosen values at run time (typed
// as a string), or a comma-joined string after browser autofill.
export function selectedValues(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' && value !== '' ? value.split(',') : [];
}
