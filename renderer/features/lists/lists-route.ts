// Where the "Lists & assignment" section is: which of its views, and the list a link opened
// (#/supervisor/leads?view=assign&list=…), so a per-list link can open the reassign filter.
export const LISTS_VIEWS = ['lists', 'assign', 'dnc'] as const;
export type ListsView = (typeof LISTS_VIEWS)[number];

export type ListsRoute = { view: ListsView; list: string | null };

export function parseListsHash(hash: string): ListsRoute {
  const query = hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '';
  const params = new URLSearchParams(query);
  const view = params.get('view') ?? '';
  return {
    view: (LISTS_VIEWS as readonly string[]).includes(view) ? (view as ListsView) : 'lists',
    list: params.get('list'),
  };
}

export function listsHash(route: ListsRoute): string {
  const params = new URLSearchParams({ view: route.view });
  if (route.list !== null) params.set('list', route.list);
  return `#/supervisor/leads?${params.toString()}`;
}
