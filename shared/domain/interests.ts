// A lead's interests: short tags an agent notes (or an import brings) — each trimmed, once
// whatever its case, typed in one field separated by Latin or Arabic commas, semicolons or lines.
import { INTEREST_MAX, INTERESTS_MAX } from './lead';

/** Interests trimmed, blank ones dropped, each once (whatever its case). */
export function tidyInterests(interests: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of interests) {
    const tag = raw.replace(/\s+/g, ' ').trim();
    const key = tag.toLocaleLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/** Interests typed in one field or cell: split at , ، ; and line breaks, each once. */
export function splitInterests(text: string): string[] {
  return tidyInterests(text.split(/[,،;\n]+/));
}

/** Whether a list of interests fits a lead (how many, how long each). */
export function interestsFit(interests: readonly string[]): boolean {
  return interests.length <= INTERESTS_MAX && interests.every((i) => i.length <= INTEREST_MAX);
}
