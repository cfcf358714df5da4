// The organisation profile is one shared read per desk: a screen mounted while others hold it has
// it on its first render, all holders follow a change together, and the read ends with the last.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { useState, type ReactNode } from 'react';
import type { OrganisationProfile } from '../../../shared/domain/content';
import { DbContext } from '../../db/db-context';
import { createDeskDatabase, type DeskDatabase } from '../../db/schema';
import { organisationSnapshot, useOrganisation } from './use-organisation';

// Only what these tests look at: the hook hands over whatever profile the desk stores.
const ORG = {
  currency: 'SAR',
  timezone: 'Asia/Riyadh',
} as unknown as OrganisationProfile;

let db: DeskDatabase;
beforeEach(async () => {
  db = createDeskDatabase(`organisation-${Math.random()}`);
  await db.meta.put({ key: 'organisation', value: ORG });
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

/** Records what each render saw, so a test can ask about the first one. */
function Holder({ name, seen }: { name: string; seen: (string | null)[] }) {
  const organisation = useOrganisation();
  seen.push(organisation?.currency ?? null);
  return <p data-testid={name}>{organisation?.currency ?? 'none'}</p>;
}

function Desk({ children }: { children: ReactNode }) {
  return <DbContext.Provider value={db}>{children}</DbContext.Provider>;
}

describe('the organisation profile', () => {
  it('is there on the first render of a screen mounted while another holds it', async () => {
    const first: (string | null)[] = [];
    const second: (string | null)[] = [];
    let mountSecond!: () => void;
    function Screens() {
      const [both, setBoth] = useState(false);
      mountSecond = () => setBoth(true);
      return (
        <>
          <Holder name="first" seen={first} />
          {both && <Holder name="second" seen={second} />}
        </>
      );
    }
    render(
      <Desk>
        <Screens />
      </Desk>,
    );
    await waitFor(() => expect(screen.getByTestId('first').textContent).toBe('SAR'));
    act(() => mountSecond());
    // No render of the new screen without the profile (a separate read would start at null).
    expect(second[0]).toBe('SAR');
    expect(screen.getByTestId('second').textContent).toBe('SAR');
  });

  it('changes for every holder in the same render', async () => {
    const a: (string | null)[] = [];
    const b: (string | null)[] = [];
    render(
      <Desk>
        <Holder name="a" seen={a} />
        <Holder name="b" seen={b} />
      </Desk>,
    );
    await waitFor(() => expect(screen.getByTestId('b').textContent).toBe('SAR'));
    await act(() => db.meta.put({ key: 'organisation', value: { ...ORG, currency: 'TRY' } }));
    await waitFor(() => expect(screen.getByTestId('a').textContent).toBe('TRY'));
    expect(screen.getByTestId('b').textContent).toBe('TRY');
    // Each holder went none → SAR → TRY, never one ahead of the other.
    expect(a.filter((v, i) => v !== a[i - 1])).toEqual([null, 'SAR', 'TRY']);
    expect(b.filter((v, i) => v !== b[i - 1])).toEqual([null, 'SAR', 'TRY']);
  });

  it('is read afresh once nobody holds it (a wiped desk shows no stale profile)', async () => {
    const seen: (string | null)[] = [];
    const { unmount } = render(
      <Desk>
        <Holder name="only" seen={seen} />
      </Desk>,
    );
    await waitFor(() => expect(screen.getByTestId('only').textContent).toBe('SAR'));
    unmount();
    expect(organisationSnapshot(db)).toBeNull();
    await db.meta.delete('organisation');
    const again: (string | null)[] = [];
    render(
      <Desk>
        <Holder name="again" seen={again} />
      </Desk>,
    );
    await waitFor(() => expect(again.length).toBeGreaterThan(0));
    expect(again).not.toContain('SAR');
    expect(screen.getByTestId('again').textContent).toBe('none');
    // And it listens again: a profile written now shows.
    await act(() => db.meta.put({ key: 'organisation', value: ORG }));
    await waitFor(() => expect(screen.getByTestId('again').textContent).toBe('SAR'));
  });
});
