import type { Catalog } from './catalog';

// Keys are typed from the English catalog: an unknown key is a type error as well as a lint error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalog };
  }
}
