// Where the Calls section is, by the URL hash: the list (#/supervisor/calls), one call
// (#/supervisor/calls/<recordingId>) or the scorecard editor (#/supervisor/calls/scorecard).
export type CallsRoute = { kind: 'list' } | { kind: 'call'; id: string } | { kind: 'scorecard' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function callsRouteFromHash(hash: string): CallsRoute {
  const [area, section, part] = hash.replace(/^#\/?/, '').split(/[/?]/);
  if (area !== 'supervisor' || section !== 'calls') return { kind: 'list' };
  if (part === 'scorecard') return { kind: 'scorecard' };
  if (part && UUID.test(part)) return { kind: 'call', id: part.toLowerCase() };
  return { kind: 'list' };
}

export function callsHash(route: CallsRoute): string {
  if (route.kind === 'scorecard') return '#/supervisor/calls/scorecard';
  if (route.kind === 'call') return `#/supervisor/calls/${route.id}`;
  return '#/supervisor/calls';
}
