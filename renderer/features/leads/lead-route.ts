// The lead open in the detail view, in the URL hash beside whatever the area shows
// (#/supervisor/leads?view=assign&lead=<id>): a link opens it, back closes it, and the screen
// under it keeps its own place.

function split(hash: string): { path: string; params: URLSearchParams } {
  const at = hash.indexOf('?');
  return at < 0
    ? { path: hash, params: new URLSearchParams() }
    : { path: hash.slice(0, at), params: new URLSearchParams(hash.slice(at + 1)) };
}

/** The id of the lead the hash opens in the detail view, if any. */
export function leadFromHash(hash: string): string | null {
  const id = split(hash).params.get('lead');
  return id?.trim() ? id : null;
}

/** The same hash with the detail view on this lead, or without one (null). */
export function hashWithLead(hash: string, leadId: string | null): string {
  const { path, params } = split(hash);
  if (leadId === null) params.delete('lead');
  else params.set('lead', leadId);
  const query = params.toString();
  const base = path || '#/';
  return query ? `${base}?${query}` : base;
}
