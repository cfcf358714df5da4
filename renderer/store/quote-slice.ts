// The closer's quote dialog (renderer/features/quote): which lead's quote is open and the last
// word it gave. Kept here rather than in the dialog, because sending the proposal moves the lead
// from the closer's inbox to the proposals list and the screen mounts its detail afresh.
import type { StateCreator } from 'zustand';

export type QuoteNotice = { severity: 'success' | 'info' | 'error'; text: string };

export type QuoteSlice = {
  /** The lead whose quote dialog is open, if any. */
  quoteOpenFor: string | null;
  quoteNotice: QuoteNotice | null;
  openQuote: (leadId: string) => void;
  closeQuote: () => void;
  setQuoteNotice: (notice: QuoteNotice | null) => void;
};

export const createQuoteSlice: StateCreator<QuoteSlice> = (set) => ({
  quoteOpenFor: null,
  quoteNotice: null,
  openQuote: (leadId) => set({ quoteOpenFor: leadId, quoteNotice: null }),
  closeQuote: () => set({ quoteOpenFor: null, quoteNotice: null }),
  setQuoteNotice: (quoteNotice) => set({ quoteNotice }),
});
