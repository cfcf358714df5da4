import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ObjectionCard, ObjectionCardId } from '../../../../shared/domain/content';
import { initI18n } from '../../../i18n/i18n';
import { StoreContext } from '../../../store/store-context';
import { createAppStore } from '../../../store/store';
import { useStore } from 'zustand';
import { cardsOpenedOn } from '../../../store/phone-slice';
import { ObjectionCards } from './ObjectionCards';

const cards: ObjectionCard[] = [
  {
    id: 'price-1' as ObjectionCardId,
    category: 'price',
    title: { en: 'Too expensive', ar: 'غالٍ جدًا', tr: 'Çok pahalı' },
    objection: { en: 'It costs too much.', ar: 'السعر مرتفع.', tr: 'Çok pahalı.' },
    responses: {
      en: ['Compared with what, {lead.name}?'],
      ar: ['مقارنةً بماذا؟'],
      tr: ['Neye göre?'],
    },
  },
  {
    id: 'trust-1' as ObjectionCardId,
    category: 'trust',
    title: { ar: 'لا أعرفكم' },
    objection: { ar: 'لم أسمع بشركتكم.' },
    responses: { ar: ['نخدم أكثر من ٤٠٠ شركة في الرياض.'] },
  },
];

function renderCards(language: 'en' | 'tr') {
  const store = createAppStore({ language, digits: 'latn', area: 'hunter' });
  return renderWith(store);
}

/** The cards as the call screen shows them: opening one records it on the lead's call. */
function renderWith(store: ReturnType<typeof createAppStore>) {
  const Cards = () => {
    const opened = cardsOpenedOn({ cardsOpened: useStore(store, (s) => s.cardsOpened) }, 'lead-1');
    return (
      <ObjectionCards
        open
        onClose={() => undefined}
        cards={cards}
        orgDefault="ar"
        values={{ 'lead.name': 'Ayşe' }}
        opened={opened}
        onOpen={(id) => store.getState().openCard('lead-1', id)}
      />
    );
  };
  render(
    <StoreContext.Provider value={store}>
      <Cards />
    </StoreContext.Provider>,
  );
  return store;
}

describe('objection cards', () => {
  afterEach(cleanup);

  beforeAll(async () => {
    await initI18n('en');
  });

  it('shows the user’s language, fills placeholders, and marks a card only written in the organisation’s language', () => {
    renderCards('en');
    const [price, trust] = screen.getAllByTestId('objection-card');
    expect(price?.textContent).toContain('Compared with what, Ayşe?');
    expect(within(price!).queryByTestId('content-fallback')).toBeNull();
    expect(trust?.textContent).toContain('لا أعرفكم');
    expect(within(trust!).getByTestId('content-fallback').textContent).toContain('العربية');
  });

  it('searches across spellings and filters by category', () => {
    renderCards('tr');
    fireEvent.change(screen.getByTestId('objection-search'), { target: { value: 'PAHALI' } });
    expect(screen.getAllByTestId('objection-card')).toHaveLength(1);
    fireEvent.change(screen.getByTestId('objection-search'), { target: { value: '' } });
    fireEvent.click(screen.getByTestId('objection-category-trust'));
    expect(screen.getAllByTestId('objection-card')).toHaveLength(1);
    expect(screen.getByTestId('objection-card').textContent).toContain('لا أعرفكم');
  });

  it('records each card the agent opens to read its answers, once, in order', () => {
    const store = renderCards('en');
    const [price, trust] = screen.getAllByTestId('objection-card-open');
    expect(price?.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(trust!);
    fireEvent.click(price!);
    expect(price?.getAttribute('aria-expanded')).toBe('true');
    // Closing and reopening a card does not count it twice.
    fireEvent.click(trust!);
    fireEvent.click(trust!);
    expect(store.getState().cardsOpened).toEqual({ leadId: 'lead-1', ids: ['trust-1', 'price-1'] });
    expect(screen.getAllByTestId('objection-card-opened')).toHaveLength(2);
    // Another lead starts afresh; clearing one lead leaves another's alone.
    store.getState().openCard('lead-2', 'price-1');
    expect(cardsOpenedOn(store.getState(), 'lead-1')).toEqual([]);
    store.getState().clearCards('lead-1');
    expect(cardsOpenedOn(store.getState(), 'lead-2')).toEqual(['price-1']);
    store.getState().clearCards('lead-2');
    expect(store.getState().cardsOpened).toBeNull();
  });
});
