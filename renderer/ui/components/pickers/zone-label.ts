// How a picker names the zone it shows: the zone's city in the zone database ("Istanbul",
// "Riyadh") and its offset from UTC at that moment ("GMT+3"), both in Latin script so they read
// the same in every language.

/** "America/Argentina/Buenos_Aires" → "Buenos Aires". */
export function zoneCity(timeZone: string): string {
  const last = timeZone.split('/').at(-1) ?? timeZone;
  return last.replace(/_/g, ' ');
}

/** The zone's UTC offset at `at`, as Intl writes it in English: "GMT+3", "GMT+5:30", "GMT". */
export function zoneOffset(timeZone: string, at: number): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    timeZoneName: 'shortOffset',
  }).formatToParts(at);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
}

/** Whether two zones show the same wall clock at `at`. */
export function sameOffset(a: string, b: string, at: number): boolean {
  return zoneOffset(a, at) === zoneOffset(b, at);
}
