/** A download name from free text (a list name in any script), dated today: safe on every OS. */
export function csvFileName(base: string, at: Date = new Date()): string {
  const safe = base
    .replace(/[\\/:*?"<>|]+|\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  const day = at.toISOString().slice(0, 10);
  return `${safe || 'list'} ${day}.csv`;
}
