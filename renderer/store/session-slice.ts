// Session state: who is at the desk and how they want the UI spoken and written.
import type { StateCreator } from 'zustand';
import type { DigitStyle, UiLanguage } from '../i18n/languages';
import type { User, UserRole } from '../../shared/domain/content';

export type DeskRole = UserRole;

export type SessionSlice = {
  user: User | null;
  language: UiLanguage;
  digits: DigitStyle;
  setUser: (user: User | null) => void;
  setLanguage: (language: UiLanguage) => void;
  setDigits: (digits: DigitStyle) => void;
};

export type SessionDefaults = Pick<SessionSlice, 'language' | 'digits'>;

export function createSessionSlice(defaults: SessionDefaults): StateCreator<SessionSlice> {
  return (set) => ({
    user: null,
    language: defaults.language,
    digits: defaults.digits,
    setUser: (user) => set({ user }),
    setLanguage: (language) => set({ language }),
    setDigits: (digits) => set({ digits }),
  });
}
