import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ObjectionCard, ObjectionCardId } from '../../../../shared/domain/content';
import { initI18n } from '../../../i18n/i18n';
import { StoreContext } from '../../../store/store-context';
import { createAppStore } from '../../../store/store';
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
  render(
    <StoreContext.Provider value={store}>
      <ObjectionCards
        open
        onClose={() => undefined}
        cards={cards}
        orgDefault="ar"
        values={{ 'lead.name': 'Ayşe' }}
      />
    </StoreContext.Provider>,
  );
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
});
