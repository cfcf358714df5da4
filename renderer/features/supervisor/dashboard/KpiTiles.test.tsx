// Proves the tiles show talk time with a bar against the summed talk target, and the connect
// rate, '—' before any call.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { NO_ACTUALS, type RepActuals } from '../../../../shared/domain/kpi';
import { initI18n } from '../../../i18n/i18n';
import { StoreContext } from '../../../store/store-context';
import { createAppStore } from '../../../store/store';
import { KpiTiles } from './KpiTiles';

const NO_TARGETS = { calls: 0, wins: 0, revenue: 0, talkSec: 0 };

function renderTiles(total: RepActuals, targets = NO_TARGETS) {
  const store = createAppStore({ language: 'en', digits: 'latn', area: 'supervisor' });
  render(
    <StoreContext.Provider value={store}>
      <KpiTiles total={total} targets={targets} closeRate={0.1} currency="SAR" />
    </StoreContext.Provider>,
  );
}

const tile = (key: string) => screen.getByTestId(`kpi-${key}`);

describe('KPI tiles', () => {
  afterEach(cleanup);
  beforeAll(async () => {
    await initI18n('en');
  });

  it('measures talk time against the talk target and shows the connect rate', () => {
    const total = { ...NO_ACTUALS(), calls: 40, connects: 10, talkSec: 5400 };
    renderTiles(total, { ...NO_TARGETS, talkSec: 7200 });
    expect(tile('talk').textContent).toContain('Talk time');
    expect(within(tile('talk')).getByText('1:30:00')).toBeTruthy();
    expect(within(tile('talk')).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('75');
    expect(tile('connectRate').textContent).toContain('25%');
    expect(screen.getByTestId('kpi-tiles').children).toHaveLength(8);
  });

  it('has no talk bar without a talk target, and no connect rate without calls', () => {
    renderTiles({ ...NO_ACTUALS(), talkSec: 60 });
    expect(within(tile('talk')).getByText('1:00')).toBeTruthy();
    expect(within(tile('talk')).queryByRole('progressbar')).toBeNull();
    expect(within(tile('connectRate')).getByText('—')).toBeTruthy();
  });
});
