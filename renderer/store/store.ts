// The one bound zustand store, built from slices. It holds UI and session state only; domain
// data is read from Dexie with useLiveQuery (STYLE.md §8).
import { create } from 'zustand';
import { createSessionSlice, type SessionDefaults, type SessionSlice } from './session-slice';
import { createUiSlice, type UiSlice } from './ui-slice';
import { createPhoneSlice, type PhoneSlice } from './phone-slice';
import { createQuoteSlice, type QuoteSlice } from './quote-slice';
import type { Area } from './areas';

export type AppState = SessionSlice & UiSlice & PhoneSlice & QuoteSlice;

export function createAppStore(defaults: SessionDefaults & { area: Area }) {
  return create<AppState>()((...a) => ({
    ...createSessionSlice(defaults)(...a),
    ...createUiSlice(defaults.area)(...a),
    ...createPhoneSlice(...a),
    ...createQuoteSlice(...a),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;
