import type en from './locales/en.json';

// Keys are typed from en.json: an unknown key is a type error as well as a lint error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
