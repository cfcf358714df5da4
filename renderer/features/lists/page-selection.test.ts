import { describe, expect, it } from 'vitest';
import type { LeadId } from '../../../shared/domain/ids';
import { pageSelection } from './page-selection';

const id = (s: string) => s as LeadId;
const rows = [{ id: id('a') }, { id: id('b') }];

describe('pageSelection', () => {
  it('says nothing is selected on an empty or unread page', () => {
    expect(pageSelection(new Map(), undefined, undefined)).toEqual({
      pageCount: 0,
      pageAll: false,
      pageSome: false,
      allMatching: false,
    });
    expect(pageSelection(new Map(), [], 0).pageAll).toBe(false);
  });

  it('tells a partly selected page from a fully selected one', () => {
    const some = pageSelection(new Map([[id('a'), 'u1']]), rows, 10);
    expect(some).toMatchObject({ pageCount: 2, pageAll: false, pageSome: true });
    const all = pageSelection(
      new Map([
        [id('a'), 'u1'],
        [id('b'), 'none'],
      ]),
      rows,
      10,
    );
    expect(all).toMatchObject({ pageAll: true, pageSome: true, allMatching: false });
  });

  it('counts every match selected once the selection is as large as the count', () => {
    const selected = new Map([
      [id('a'), 'u1'],
      [id('b'), 'u1'],
    ]);
    expect(pageSelection(selected, rows, 2).allMatching).toBe(true);
    expect(pageSelection(selected, rows, undefined).allMatching).toBe(false);
  });
});
